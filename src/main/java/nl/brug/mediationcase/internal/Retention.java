package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How long a closed case is kept (decision 027): the day it was anonymised, or the day until which a
 * supervisor postponed that. A value: postponing makes a new one; anonymising is done in bulk by
 * {@code CaseAnonymiser}, which sets the date in the database.
 */
@Embeddable
public record Retention(
        @Column(name = "anonymised_on") @Nullable LocalDate anonymisedOn,
        @Column(name = "retention_postponed_until") @Nullable LocalDate postponedUntil) {

    public static final Retention NONE = new Retention(null, null);

    /**
     * The day a closed case is anonymised: the day after its term has passed, or the day after a postponement
     * ends, whichever is later. The one statement of this rule: the nightly run and the supervisors' list ask it.
     */
    public static LocalDate dueOn(LocalDate closedOn, @Nullable LocalDate postponedUntil, Period term) {
        LocalDate byTerm = closedOn.plus(term).plusDays(1);
        return postponedUntil != null && postponedUntil.plusDays(1).isAfter(byTerm) ? postponedUntil.plusDays(1) : byTerm;
    }

    Retention postponedUntil(LocalDate until) {
        return new Retention(anonymisedOn, until);
    }
}
