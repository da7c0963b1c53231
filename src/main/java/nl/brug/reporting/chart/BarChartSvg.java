package nl.brug.reporting.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart as a standalone SVG document, drawn on the server: the same string goes into the
 * page now and into a PDF report later, and no chart library has to be bundled in the browser (decision
 * 001). One bar per value, its length proportional to the largest value; the label on the left, the
 * number at the end of the bar.
 *
 * <p>The chart is 640 units wide and as high as its bars need; it carries a {@code viewBox}, so it scales
 * down on a narrow screen. Text is drawn in {@code currentColor}: it follows the page's text colour in the
 * browser and falls back to black elsewhere. For screen readers the whole chart is one image named by its
 * title; the numbers themselves belong in a table next to it.
 */
public final class BarChartSvg {

    /** One bar: a label (plain text, escaped here) and a count, never negative. */
    public record Bar(String label, long value) {

        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("A bar cannot be negative: " + label + " = " + value);
            }
        }
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 264;
    static final int VALUE_WIDTH = 64;
    static final int GAP = 8;
    static final int BAR_HEIGHT = 22;
    static final int ROW_HEIGHT = BAR_HEIGHT + GAP;
    static final int PADDING = 8;
    /** The length of the longest bar; every other bar is a fraction of it. */
    static final int MAX_BAR_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH - GAP;
    /** Longer labels are cut (the full text stays in the bar's tooltip) so they do not run into the bars. */
    static final int MAX_LABEL_CHARACTERS = 32;

    /**
     * The Okabe–Ito colours that stay apart for colour-blind readers, without the yellow that is too light
     * on white. Bars take them in turn.
     */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00");

    private BarChartSvg() {
    }

    /** The chart as an {@code <svg>} element (no XML declaration), ready for a page or a document. */
    public static String render(String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = height(bars.size());
        StringBuilder svg = new StringBuilder(512 + bars.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"14\">")
                .append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            appendBar(svg, bars.get(i), i, max);
        }
        return svg.append("</svg>").toString();
    }

    /** Fixed padding plus one row per bar. */
    static int height(int bars) {
        return 2 * PADDING + Math.max(0, bars * ROW_HEIGHT - GAP);
    }

    private static void appendBar(StringBuilder svg, Bar bar, int index, long max) {
        // All-zero data: every bar is zero long instead of a division by zero.
        double width = max == 0 ? 0 : (double) bar.value() * MAX_BAR_WIDTH / max;
        int top = PADDING + index * ROW_HEIGHT;
        double middle = top + BAR_HEIGHT / 2.0;
        svg.append("<g><title>").append(escape(bar.label())).append(": ").append(bar.value()).append("</title>")
                .append("<text x=\"").append(LABEL_WIDTH - GAP).append("\" y=\"").append(number(middle))
                .append("\" text-anchor=\"end\" dominant-baseline=\"central\" fill=\"currentColor\">")
                .append(escape(shortened(bar.label()))).append("</text>")
                .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(top)
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" rx=\"2\" fill=\"").append(PALETTE.get(index % PALETTE.size())).append("\"/>")
                .append("<text x=\"").append(number(LABEL_WIDTH + width + GAP / 2.0)).append("\" y=\"")
                .append(number(middle)).append("\" dominant-baseline=\"central\" fill=\"currentColor\">")
                .append(bar.value()).append("</text></g>");
    }

    private static String shortened(String label) {
        if (label.length() <= MAX_LABEL_CHARACTERS) {
            return label;
        }
        int cut = MAX_LABEL_CHARACTERS - 1;
        // Never cut between the two halves of a character outside the basic plane.
        if (Character.isHighSurrogate(label.charAt(cut - 1))) {
            cut--;
        }
        return label.substring(0, cut) + "…";
    }

    /** One decimal at most, always with a dot: SVG attributes are not localised. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Text and attribute values made safe for XML: the five special characters become entities, and
     * control characters that XML 1.0 does not allow are dropped rather than breaking the document.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
