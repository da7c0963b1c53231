package nl.brug.mediationcase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Where a formal procedure's deadline stands today. Mediation does not stop the clock of an objection or a
 * court case, so a deadline warns three weeks ahead and, once passed, keeps warning until it is marked
 * handled: it never simply disappears.
 */
public record DeadlineStatus(ProcedureKind kind, LocalDate deadline, @Nullable LocalDate handledOn, long daysLeft) {

    /** How far ahead a coming deadline is shown as a warning. */
    public static final int WARN_DAYS_AHEAD = 21;

    public enum State {
        /** More than three weeks away. */
        LATER,
        /** Within three weeks, today included. */
        SOON,
        /** Passed, and not marked handled. */
        PASSED,
        HANDLED
    }

    public static DeadlineStatus of(ProcedureKind kind, LocalDate deadline, @Nullable LocalDate handledOn,
            LocalDate today) {
        return new DeadlineStatus(kind, deadline, handledOn, ChronoUnit.DAYS.between(today, deadline));
    }

    public State state() {
        if (handledOn != null) {
            return State.HANDLED;
        }
        if (daysLeft < 0) {
            return State.PASSED;
        }
        return daysLeft <= WARN_DAYS_AHEAD ? State.SOON : State.LATER;
    }

    /** Passed or coming soon, and not handled: it belongs on Mijn werk and in the case header. */
    public boolean needsAttention() {
        return state() == State.PASSED || state() == State.SOON;
    }
}
