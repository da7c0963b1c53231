package nl.brug.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;

/**
 * The outcomes of the cases <em>registered</em> in a period, as those cases stand today.
 *
 * <p>Why registration: it is the one date every case has, so each case falls in exactly one period and
 * the counts by status, kind and theme all add up to the same total. A funder asking "what became of the
 * requests of the first quarter?" gets that cohort, including the cases closed after the quarter ended.
 * (Counting the cases <em>closed</em> in a period would answer a different question and leave the open
 * cases out.)
 *
 * <ul>
 * <li>The four maps hold every value of their enum, in the enum's order, zeros included.</li>
 * <li>{@code byOutcome} counts closed cases only; a reopened case has no outcome until it is closed
 * again.</li>
 * <li>The agreement rate is the share of closed cases whose outcome was full or partial agreement
 * ({@link Outcome#isAgreement()}) among all closed cases with an outcome; there is none when no case is
 * closed, rather than a misleading 0 %.</li>
 * <li>The median days to agreement runs over the cases that have an agreement date (the date the
 * agreement was signed), whatever their status now; none when no case has one.</li>
 * </ul>
 *
 * @param casesWithAgreementDate how many cases the median is taken over
 */
public record OutcomeReport(
        ReportPeriod period,
        Map<CaseStatus, Long> byStatus,
        Map<CaseKind, Long> byKind,
        Map<Theme, Long> byTheme,
        Map<Outcome, Long> byOutcome,
        long casesWithAgreementDate,
        @Nullable Double medianDaysToAgreement) {

    public OutcomeReport {
        byStatus = complete(CaseStatus.class, byStatus);
        byKind = complete(CaseKind.class, byKind);
        byTheme = complete(Theme.class, byTheme);
        byOutcome = complete(Outcome.class, byOutcome);
        if ((casesWithAgreementDate == 0) != (medianDaysToAgreement == null)) {
            throw new IllegalArgumentException("A median needs cases, and cases with an agreement date have one");
        }
    }

    /** Every case registered in the period. */
    public long registered() {
        return sum(byStatus);
    }

    /** The cases registered in the period that are closed now. */
    public long closed() {
        return Objects.requireNonNull(byStatus.get(CaseStatus.CLOSED), "complete() gives every status a count");
    }

    /** The closed cases that count for the agreement rate: those with an outcome. */
    public long closedWithOutcome() {
        return sum(byOutcome);
    }

    /** Closed with full or partial agreement. */
    public long agreed() {
        return byOutcome.entrySet().stream().filter(e -> e.getKey().isAgreement()).mapToLong(Map.Entry::getValue).sum();
    }

    /** {@link #agreed()} as a fraction (0..1) of {@link #closedWithOutcome()}; null when nothing is closed. */
    public @Nullable Double agreementRate() {
        long closed = closedWithOutcome();
        return closed == 0 ? null : (double) agreed() / closed;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** An unmodifiable copy in enum order with a count for every value: missing values count zero. */
    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            long count = counts.getOrDefault(value, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + value + " = " + count);
            }
            all.put(value, count);
        }
        return Collections.unmodifiableMap(all);
    }
}
