package nl.brug.mediationcase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.base.DisplayFormats;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.internal.AgreementItem;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseSession;
import nl.brug.mediationcase.internal.JournalNote;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.Party;
import nl.brug.security.CurrentUser;

/**
 * The case feature's API for the parts of a case that its mediators work on: parties, sessions, journal,
 * agreement and follow-up. Only the case's own mediators may call these; each call is one transaction, and
 * an edit based on an outdated copy of a part is refused with {@link StaleCaseException}.
 */
@Service
@PreAuthorize("hasRole('MEDIATOR')")
public class CaseWorkService {

    private final CaseAccess access;
    private final Clock clock;

    CaseWorkService(CaseAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    // --- parties -------------------------------------------------------------------------------------

    @Transactional
    public void addParty(String reference, PartyData party) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(party, today()));
        MediationCase c = access.editable(reference);
        c.addParty(party, now(), actor());
        access.saved(c, "addParty");
    }

    @Transactional
    public void updateParty(String reference, long partyId, long expectedVersion, PartyData party) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(party, today()));
        MediationCase c = access.editable(reference);
        Party existing = c.party(partyId).orElseThrow(() -> access.staleFor(c));
        access.requireVersion(c, expectedVersion, existing.getVersion());
        c.updateParty(existing, party, now(), actor());
        requirePublicBodyKept(c);
        access.saved(c, "updateParty");
    }

    @Transactional
    public void removeParty(String reference, long partyId, long expectedVersion) {
        MediationCase c = access.editable(reference);
        Party existing = c.party(partyId).orElseThrow(() -> access.staleFor(c));
        access.requireVersion(c, expectedVersion, existing.getVersion());
        if (c.getParties().size() == 1) {
            throw InvalidInputException.of("parties", "case.missing.PARTY");
        }
        c.removeParty(existing, now(), actor());
        requirePublicBodyKept(c);
        access.saved(c, "removeParty");
    }

    /** A vertical case is between residents and a public body: it cannot lose its last public body. */
    private static void requirePublicBodyKept(MediationCase c) {
        CaseFacts facts = c.facts();
        if (facts.vertical() && !facts.hasPublicBodyParty()) {
            throw InvalidInputException.of("publicBody", "case.missing.PUBLIC_BODY_PARTY");
        }
    }

    // --- sessions ------------------------------------------------------------------------------------

    @Transactional
    public void planSession(String reference, SessionData session) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(session));
        MediationCase c = access.editable(reference);
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithSessionDates(session, c.getRegisteredOn(), localNow()));
        c.addSession(session, now(), actor());
        access.saved(c, "planSession");
    }

    /** Changes a session: its time and place, or its status (held with a summary, or cancelled). */
    @Transactional
    public void updateSession(String reference, long sessionId, long expectedVersion, SessionData session) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(session));
        MediationCase c = access.editable(reference);
        CaseSession existing = c.session(sessionId).orElseThrow(() -> access.staleFor(c));
        access.requireVersion(c, expectedVersion, existing.getVersion());
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithSessionDates(session, c.getRegisteredOn(), localNow()));
        c.updateSession(existing, session, now(), actor());
        access.saved(c, "updateSession");
    }

    // --- journal -------------------------------------------------------------------------------------

    @Transactional
    public void addNote(String reference, String text, boolean confidential) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithNote(text));
        MediationCase c = access.editable(reference);
        c.addNote(text, confidential, now(), actor());
        access.saved(c, "addNote");
    }

    /**
     * Makes an ordinary note confidential (never the other way round), also on a closed case: it only
     * narrows who may read it. Recorded in the case history and the audit trail.
     */
    @Transactional
    public void makeNoteConfidential(String reference, long noteId) {
        MediationCase c = access.editable(reference);
        JournalNote note = c.note(noteId).orElseThrow(() -> access.staleFor(c));
        c.makeNoteConfidential(note, now(), actor());
        access.saved(c, "makeNoteConfidential");
    }

    // --- formal procedure ----------------------------------------------------------------------------

    /** The procedure's deadline has been dealt with: it stops warning on Mijn werk and in the case header. */
    @Transactional
    public void markProcedureHandled(String reference, long expectedVersion) {
        MediationCase c = access.editable(reference);
        access.requireVersion(c, expectedVersion, c.getVersion());
        c.markProcedureHandled(today(), now(), actor());
        access.saved(c, "markProcedureHandled");
    }

    // --- agreement -----------------------------------------------------------------------------------

    @Transactional
    public void addAgreementItem(String reference, AgreementItemData item) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(item));
        MediationCase c = access.editable(reference);
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithItemDates(item, c.getRegisteredOn()));
        c.addAgreementItem(item, now(), actor());
        access.saved(c, "addAgreementItem");
    }

    @Transactional
    public void updateAgreementItem(String reference, long itemId, long expectedVersion, AgreementItemData item) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(item));
        MediationCase c = access.editable(reference);
        AgreementItem existing = c.agreementItem(itemId).orElseThrow(() -> access.staleFor(c));
        access.requireVersion(c, expectedVersion, existing.getVersion());
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithItemDates(item, c.getRegisteredOn()));
        c.updateAgreementItem(existing, item, now(), actor());
        access.saved(c, "updateAgreementItem");
    }

    @Transactional
    public void removeAgreementItem(String reference, long itemId, long expectedVersion) {
        MediationCase c = access.editable(reference);
        AgreementItem existing = c.agreementItem(itemId).orElseThrow(() -> access.staleFor(c));
        access.requireVersion(c, expectedVersion, existing.getVersion());
        c.removeAgreementItem(existing, now(), actor());
        access.saved(c, "removeAgreementItem");
    }

    /** The agreement's form and the date the parties signed it (since registration, not in the future). */
    @Transactional
    public void recordAgreement(String reference, long expectedVersion, @Nullable AgreementForm form,
            @Nullable LocalDate signedOn) {
        MediationCase c = access.editable(reference);
        access.requireVersion(c, expectedVersion, c.getVersion());
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithSignedDate(signedOn, c.getRegisteredOn(),
                c.getFollowUpOn(), today()));
        c.recordAgreement(form, signedOn, now(), actor());
        access.saved(c, "recordAgreement");
    }

    // --- follow-up -----------------------------------------------------------------------------------

    @Transactional
    public void recordFollowUp(String reference, long expectedVersion, @Nullable LocalDate date,
            @Nullable String finding) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithFollowUp(finding));
        MediationCase c = access.editable(reference);
        access.requireVersion(c, expectedVersion, c.getVersion());
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithFollowUpDate(date, c.getAgreementSignedOn(),
                c.getRegisteredOn()));
        c.recordFollowUp(date, finding, now(), actor());
        access.saved(c, "recordFollowUp");
    }

    private static long actor() {
        return CurrentUser.require().accountId();
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(DisplayFormats.ZONE));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DisplayFormats.ZONE));
    }
}
