package nl.brug.mediationcase.lifecycle;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.CaseStatus;

/**
 * What the lifecycle needs to know about a case to decide on a status change. A snapshot, so the
 * rules stay plain Java and can be tested without a database.
 *
 * @param status where the case stands now
 * @param vertical whether a public body is one of the sides (a vertical conflict)
 * @param hasLeadMediator whether a lead mediator is assigned
 * @param partyCount how many parties the case has
 * @param hasPublicBodyParty whether at least one party is a public body
 * @param allPartiesConsented whether every party has given consent (with date)
 * @param agreementItemCount how many concrete items the agreement has
 * @param agreementSigned whether the agreement is signed (has a date)
 * @param followUpDateSet whether a follow-up date is planned
 * @param closedFrom the status the case was closed from; null while open or when not recorded
 */
public record CaseFacts(
        CaseStatus status,
        boolean vertical,
        boolean hasLeadMediator,
        int partyCount,
        boolean hasPublicBodyParty,
        boolean allPartiesConsented,
        int agreementItemCount,
        boolean agreementSigned,
        boolean followUpDateSet,
        @Nullable CaseStatus closedFrom) {

    public CaseFacts {
        Objects.requireNonNull(status, "status");
        if (partyCount < 0 || agreementItemCount < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        // A case is closed from an open status; anything else would reopen it into CLOSED.
        if (closedFrom == CaseStatus.CLOSED) {
            throw new IllegalArgumentException("A case cannot have been closed from CLOSED");
        }
    }
}
