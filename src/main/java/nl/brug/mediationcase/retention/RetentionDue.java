package nl.brug.mediationcase.retention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A closed case whose anonymisation is near: on {@code dueOn} (the retention term after {@code closedOn}, or
 * the day a supervisor postponed it to). {@code version} is the case's, for postponing it.
 */
public record RetentionDue(String reference, String title, LocalDate closedOn, LocalDate dueOn,
        @Nullable LocalDate postponedUntil, long version) {
}
