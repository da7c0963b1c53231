package nl.brug.reporting.tension;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cases registered per neighbourhood and quarter, as they may be shown: a count, or nothing where it is hidden
 * ("< 5", {@link CellSuppression}), with row totals, column totals and a trend per neighbourhood. Nothing finer
 * than a quarter, and no reference or name, ever leaves the service in it.
 */
public record TensionPicture(TensionQuery query, List<Quarter> quarters, List<Row> rows,
        List<@Nullable Long> quarterTotals, @Nullable Long total) {

    /** A neighbourhood: its counts per quarter (null: hidden), its total (null: hidden) and its trend. */
    public record Row(String neighbourhood, List<@Nullable Long> counts, @Nullable Long total, Trend trend) {
    }

    /** The last quarter against the one before, when both may be shown. */
    public enum Trend {
        UP, DOWN, SAME, UNKNOWN;

        /** Translation key of the words a screen reader says for the arrow. */
        public String messageKey() {
            return "tension.trend." + name();
        }

        public String arrow() {
            return switch (this) {
                case UP -> "↑";
                case DOWN -> "↓";
                case SAME -> "→";
                case UNKNOWN -> "";
            };
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
