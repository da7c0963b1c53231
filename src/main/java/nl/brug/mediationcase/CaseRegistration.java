package nl.brug.mediationcase;

import java.util.List;

/** A new request: the case's facts and at least one party. */
public record CaseRegistration(CaseOverview overview, List<PartyData> parties) {

    public CaseRegistration {
        parties = List.copyOf(parties);
    }
}
