package nl.brug.base;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for a period entered as two dates (a report, the case list's filter, the audit log's filter):
 * its end may not lie before its start. Either end may be open.
 */
public final class Periods {

    /** Translation key of the message shown at the end date when it lies before the start date. */
    public static final String TO_BEFORE_FROM = "field.period.toBeforeFrom";

    private Periods() {
    }

    public static boolean reversed(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from != null && to != null && to.isBefore(from);
    }
}
