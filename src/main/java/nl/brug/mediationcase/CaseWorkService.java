package nl.brug.mediationcase;

import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.ADD_AGREEMENT_ITEM;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.ADD_NOTE;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.ADD_PARTY;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.MAKE_NOTE_CONFIDENTIAL;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.MARK_PROCEDURE_HANDLED;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.PLAN_SESSION;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.RECORD_AGREEMENT;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.RECORD_FOLLOW_UP;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.REMOVE_AGREEMENT_ITEM;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.REMOVE_PARTY;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.UPDATE_AGREEMENT_ITEM;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.UPDATE_PARTY;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.UPDATE_SESSION;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.base.BrugClock;
import nl.brug.base.InputProblems;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseAuditDetail;
import nl.brug.mediationcase.internal.CaseEdit;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.Party;
import nl.brug.mediationcase.lifecycle.CaseFacts;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.security.CurrentUser;

/**
 * The case feature's API for the parts of a case that its mediators work on: parties, sessions, journal,
 * agreement and follow-up. Only the case's own mediators may call these; each call is one transaction, and
 * an edit based on an outdated copy of a part is refused with {@link StaleCaseException}. Input that needs no
 * case is checked before anything is loaded; rules that compare with the case are checked on it, before the
 * change.
 */
@Service
@PreAuthorize("hasRole('MEDIATOR')")
public class CaseWorkService {

    private final CaseAccess access;
    private final BrugClock clock;

    CaseWorkService(CaseAccess access, BrugClock clock) {
        this.access = access;
        this.clock = clock;
    }

    // --- parties -------------------------------------------------------------------------------------

    @Transactional
    public void addParty(String reference, PartyData party) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(party, clock.today()));
        change(reference, ADD_PARTY, edit -> edit.theCase().parts().addParty(party, edit.now(), edit.actorId()));
    }

    @Transactional
    public void updateParty(String reference, long partyId, long expectedVersion, PartyData party) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(party, clock.today()));
        change(reference, UPDATE_PARTY, edit -> {
            Party existing = edit.part(edit.theCase().parts().party(partyId), expectedVersion);
            edit.theCase().parts().updateParty(existing, party, edit.now(), edit.actorId());
            requirePublicBodyKept(edit.theCase());
        });
    }

    @Transactional
    public void removeParty(String reference, long partyId, long expectedVersion) {
        change(reference, REMOVE_PARTY, edit -> {
            Party existing = edit.part(edit.theCase().parts().party(partyId), expectedVersion);
            if (edit.theCase().parts().parties().size() == 1) {
                throw InvalidInputException.of("parties", "case.missing.PARTY");
            }
            edit.theCase().parts().removeParty(existing, edit.now(), edit.actorId());
            requirePublicBodyKept(edit.theCase());
        });
    }

    /** A vertical case is between residents and a public body: it cannot lose its last public body. */
    private static void requirePublicBodyKept(MediationCase c) {
        CaseFacts facts = c.facts();
        if (CaseLifecycle.publicBodyMissing(facts.vertical(), facts.hasPublicBodyParty())) {
            throw InvalidInputException.of("publicBody", "case.missing.PUBLIC_BODY_PARTY");
        }
    }

    // --- sessions ------------------------------------------------------------------------------------

    @Transactional
    public void planSession(String reference, SessionData session) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(session));
        change(reference, PLAN_SESSION, edit -> {
            requireSessionDatesAgree(edit, session);
            edit.theCase().parts().addSession(session, edit.now(), edit.actorId());
        });
    }

    /** Changes a session: its time and place, or its status (held with a summary, or cancelled). */
    @Transactional
    public void updateSession(String reference, long sessionId, long expectedVersion, SessionData session) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(session));
        change(reference, UPDATE_SESSION, edit -> {
            var existing = edit.part(edit.theCase().parts().session(sessionId), expectedVersion);
            requireSessionDatesAgree(edit, session);
            edit.theCase().parts().updateSession(existing, session, edit.now(), edit.actorId());
        });
    }

    private static void requireSessionDatesAgree(CaseEdit edit, SessionData session) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithSessionDates(session, edit.theCase().getRegisteredOn(),
                edit.localNow()));
    }

    // --- journal -------------------------------------------------------------------------------------

    @Transactional
    public void addNote(String reference, String text, boolean confidential) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithNote(text));
        change(reference, ADD_NOTE, edit -> edit.theCase().parts().addNote(text, confidential, edit.now(), edit.actorId()));
    }

    /**
     * Makes an ordinary note confidential (never the other way round), also on a closed case: it only
     * narrows who may read it. Recorded in the case history and the audit trail.
     */
    @Transactional
    public void makeNoteConfidential(String reference, long noteId) {
        change(reference, MAKE_NOTE_CONFIDENTIAL, edit -> {
            var note = edit.theCase().parts().note(noteId).orElseThrow(() -> access.staleFor(edit.theCase()));
            edit.theCase().makeNoteConfidential(note, edit.now(), edit.actorId());
        });
    }

    // --- formal procedure ----------------------------------------------------------------------------

    /** The procedure's deadline has been dealt with: it stops warning on Mijn werk and in the case header. */
    @Transactional
    public void markProcedureHandled(String reference, long expectedVersion) {
        changeCase(reference, expectedVersion, MARK_PROCEDURE_HANDLED,
                edit -> edit.theCase().markProcedureHandled(edit.today(), edit.now(), edit.actorId()));
    }

    // --- agreement -----------------------------------------------------------------------------------

    @Transactional
    public void addAgreementItem(String reference, AgreementItemData item) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(item));
        change(reference, ADD_AGREEMENT_ITEM, edit -> {
            CaseInputRules.throwIfAny(CaseInputRules.problemsWithItemDates(item, edit.theCase().getRegisteredOn()));
            edit.theCase().parts().addAgreementItem(item, edit.now(), edit.actorId());
        });
    }

    @Transactional
    public void updateAgreementItem(String reference, long itemId, long expectedVersion, AgreementItemData item) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(item));
        change(reference, UPDATE_AGREEMENT_ITEM, edit -> {
            var existing = edit.part(edit.theCase().parts().agreementItem(itemId), expectedVersion);
            CaseInputRules.throwIfAny(CaseInputRules.problemsWithItemDates(item, edit.theCase().getRegisteredOn()));
            edit.theCase().parts().updateAgreementItem(existing, item, edit.now(), edit.actorId());
        });
    }

    @Transactional
    public void removeAgreementItem(String reference, long itemId, long expectedVersion) {
        change(reference, REMOVE_AGREEMENT_ITEM, edit -> edit.theCase().parts().removeAgreementItem(
                edit.part(edit.theCase().parts().agreementItem(itemId), expectedVersion), edit.now(), edit.actorId()));
    }

    /**
     * The agreement's form and the date the parties signed it (since registration, not in the future); a date
     * needs a form ({@link CaseLifecycle#signingProblems}).
     */
    @Transactional
    public void recordAgreement(String reference, long expectedVersion, @Nullable AgreementForm form,
            @Nullable LocalDate signedOn) {
        changeCase(reference, expectedVersion, RECORD_AGREEMENT, edit -> {
            MediationCase c = edit.theCase();
            InputProblems problems = CaseLifecycle.signingProblems(form, signedOn);
            problems.putAll(CaseInputRules.problemsWithSignedDate(signedOn, c.getRegisteredOn(),
                    c.agreement().followUpOn(), edit.today()));
            CaseInputRules.throwIfAny(problems);
            c.recordAgreement(form, signedOn, edit.now(), edit.actorId());
        });
    }

    // --- follow-up -----------------------------------------------------------------------------------

    @Transactional
    public void recordFollowUp(String reference, long expectedVersion, @Nullable LocalDate date,
            @Nullable String finding) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWithFollowUp(finding));
        changeCase(reference, expectedVersion, RECORD_FOLLOW_UP, edit -> {
            MediationCase c = edit.theCase();
            CaseInputRules.throwIfAny(CaseInputRules.problemsWithFollowUpDate(date, c.agreement().signedOn(),
                    c.getRegisteredOn()));
            c.recordFollowUp(date, finding, edit.now(), edit.actorId());
        });
    }

    // --- the one way these methods change a case -----------------------------------------------------

    /** A change of one part, whose own version the change checks. */
    private void change(String reference, CaseAuditDetail.Change what, Consumer<CaseEdit> change) {
        access.change(reference, CurrentUser.require(), CaseAuditDetail.of(what), change);
    }

    /** A change of the case's own fields, based on the case as the user last saw it. */
    private void changeCase(String reference, long expectedVersion, CaseAuditDetail.Change what,
            Consumer<CaseEdit> change) {
        access.change(reference, expectedVersion, CurrentUser.require(), CaseAuditDetail.of(what), change);
    }
}
