package nl.brug.mediationcase.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One round of a closed case's review as the case page shows it: which closing it is about, the verdict
 * (null while it awaits one) with the reviewer's comment, and the mediator's answer to a returned round.
 */
public record ReviewRoundView(
        int round,
        LocalDate closedOn,
        @Nullable ReviewVerdict verdict,
        @Nullable String reviewer,
        @Nullable Instant reviewedAt,
        @Nullable String comment,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt) {

    public boolean awaitingVerdict() {
        return verdict == null;
    }
}
