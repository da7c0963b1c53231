package nl.brug.mediationcase;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.party.PartyData;

/**
 * A new request: the case's facts and at least one party. {@code leadMediatorId}: the lead a supervisor
 * chooses at registration (null: the case waits in the intake queue); a mediator who registers without
 * choosing becomes the lead. {@code pastDeadlineConfirmed}: the user saw that the procedure deadline has
 * already passed and keeps it.
 */
public record CaseRegistration(CaseOverview overview, List<PartyData> parties, @Nullable Long leadMediatorId,
        boolean pastDeadlineConfirmed) {

    public CaseRegistration {
        parties = List.copyOf(parties);
    }

    public CaseRegistration(CaseOverview overview, List<PartyData> parties) {
        this(overview, parties, null, false);
    }
}
