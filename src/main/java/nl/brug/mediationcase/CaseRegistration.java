package nl.brug.mediationcase;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.party.PartyData;

/**
 * A new request: the case's facts and at least one party. {@code leadMediatorId}: the lead a supervisor
 * chooses at registration (null: the case waits in the intake queue); a mediator who registers without
 * choosing becomes the lead. {@code pastDeadlineConfirmed}: the user saw that the procedure deadline has
 * already passed and keeps it. {@code conflictOverride}: the reason for going on although the lead's conflicts
 * of interest match the case (see {@link ConflictOfInterestException}); null until the user was warned.
 */
public record CaseRegistration(CaseOverview overview, List<PartyData> parties, @Nullable Long leadMediatorId,
        boolean pastDeadlineConfirmed, @Nullable String conflictOverride) {

    public CaseRegistration {
        parties = List.copyOf(parties);
    }

    public CaseRegistration(CaseOverview overview, List<PartyData> parties) {
        this(overview, parties, null, false, null);
    }

    public CaseRegistration(CaseOverview overview, List<PartyData> parties, @Nullable Long leadMediatorId,
            boolean pastDeadlineConfirmed) {
        this(overview, parties, leadMediatorId, pastDeadlineConfirmed, null);
    }

    /** The same registration, going on despite the conflict of interest it was warned about. */
    public CaseRegistration withConflictOverride(@Nullable String reason) {
        return new CaseRegistration(overview, parties, leadMediatorId, pastDeadlineConfirmed, reason);
    }
}
