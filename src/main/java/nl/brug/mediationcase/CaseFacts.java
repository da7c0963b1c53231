package nl.brug.mediationcase;

import org.jspecify.annotations.Nullable;

/**
 * What the lifecycle needs to know of a case to decide on a transition.
 *
 * @param closedFrom the status the case was closed from, for reopening; null while open
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
}
