package nl.brug.reporting;

import java.time.LocalDate;
import java.util.Objects;

import nl.brug.base.InvalidInputException;
import nl.brug.base.Periods;

/**
 * The days a report covers, both ends included: a case belongs to the period when it was
 * <em>registered</em> on one of these days (see {@link OutcomeReport} for why).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Translation key of the refusal when the end comes before the start. */
    public static final String TO_BEFORE_FROM = Periods.TO_BEFORE_FROM;

    /** @throws InvalidInputException on field {@code to} when {@code to} is before {@code from} */
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (Periods.reversed(from, to)) {
            throw InvalidInputException.of("to", TO_BEFORE_FROM);
        }
    }

    /** From 1 January of today's year up to and including today: the report a supervisor opens first. */
    public static ReportPeriod yearToDate(LocalDate today) {
        return new ReportPeriod(today.withDayOfYear(1), today);
    }

    /** ISO 8601 interval notation, e.g. {@code 2026-01-01/2026-03-31}: what the audit trail records. */
    @Override
    public String toString() {
        return from + "/" + to;
    }
}
