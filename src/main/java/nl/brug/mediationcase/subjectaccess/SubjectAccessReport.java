package nl.brug.mediationcase.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;

/**
 * What Brug holds about one person, case by case (decision 030): the JSON export is this record as it is;
 * the HTML export says the same in words. Codes stay codes here (statuses, kinds), dates ISO. The person's
 * anonymised cases hold no data about them any more and are only named, with the day they were anonymised
 * (decision 034).
 */
public record SubjectAccessReport(Instant madeAt, List<String> names, List<CaseData> cases,
        List<AnonymisedCase> anonymisedCases) {

    /** Every case the export names: those with data first, then the anonymised ones. */
    public List<String> references() {
        return Stream.concat(cases.stream().map(CaseData::reference),
                anonymisedCases.stream().map(AnonymisedCase::reference)).toList();
    }

    /** A case of the person's that was anonymised: no data about them is left in it. */
    public record AnonymisedCase(String reference, LocalDate anonymisedOn) {
    }

    /** One case the person is a party to; only what concerns them, never a confidential note's text. */
    public record CaseData(String reference, String title, CaseKind kind, Theme theme, @Nullable String description,
            @Nullable String municipality, @Nullable String neighbourhood, CaseStatus status,
            @Nullable Outcome outcome, LocalDate registeredOn, @Nullable LocalDate intakeOn,
            @Nullable LocalDate firstJointSessionOn, @Nullable LocalDate agreementSignedOn,
            @Nullable LocalDate closedOn, List<PartyRecord> partyRecords, List<SessionData> sessions,
            List<AgreementItemData> agreementItems, List<Note> journalNotes,
            List<ConfidentialNote> confidentialNotes) {
    }

    /** The person's party record in a case, every field of it. */
    public record PartyRecord(PartyKind kind, String name, boolean publicBody, PartyRole role,
            @Nullable String represents, @Nullable String contactPerson, @Nullable Boolean hasMandate,
            @Nullable String email, @Nullable String phone, @Nullable String address,
            @Nullable String preferredLanguage, boolean interpreterNeeded, @Nullable LocalDate consentOn) {
    }

    /** An ordinary journal note of the case. */
    public record Note(Instant writtenAt, String text) {
    }

    /** A confidential note: that it exists and when it was written; its text is not given (decision 030). */
    public record ConfidentialNote(Instant writtenAt) {
    }
}
