package nl.brug.mediationcase.subjectaccess;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.party.PartyRole;

/**
 * One party record that matches what a person gave to identify themselves, with what a supervisor needs to
 * judge whether it is the same person: the name, e-mail address and phone number as recorded, and the case.
 * A party of an anonymised case ({@code anonymisedOn} set) was found by a fingerprint of exactly what was
 * typed (decision 034): its name and title are blanked and there are no contact details.
 */
public record PartyMatch(long partyId, String caseReference, String caseTitle, String partyName,
        @Nullable String email, @Nullable String phone, PartyRole role, CaseStatus caseStatus,
        @Nullable LocalDate closedOn, @Nullable LocalDate anonymisedOn) {
}
