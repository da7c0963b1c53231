package nl.brug.mediationcase.internal;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.supervision.ReviewVerdict;
/**
 * What a change of a case is recorded as in the audit trail: a short, stable code that the audit feature puts
 * into the reader's words (AuditWording). Codes are stored and old rows must stay readable, so a code, once
 * written, never changes; a new kind of change adds a constant here and its words there (a test checks both).
 */
public record CaseAuditDetail(String code) {

    /** The changes that carry no values; their code is the name the audit trail has always used. */
    public enum Change {
        REGISTER("register"),
        UPDATE_OVERVIEW("updateOverview"),
        ADD_PARTY("addParty"),
        UPDATE_PARTY("updateParty"),
        REMOVE_PARTY("removeParty"),
        PLAN_SESSION("planSession"),
        UPDATE_SESSION("updateSession"),
        ADD_NOTE("addNote"),
        MAKE_NOTE_CONFIDENTIAL("makeNoteConfidential"),
        MARK_PROCEDURE_HANDLED("markProcedureHandled"),
        ADD_AGREEMENT_ITEM("addAgreementItem"),
        UPDATE_AGREEMENT_ITEM("updateAgreementItem"),
        REMOVE_AGREEMENT_ITEM("removeAgreementItem"),
        RECORD_AGREEMENT("recordAgreement"),
        RECORD_FOLLOW_UP("recordFollowUp"),
        POSTPONE_ANONYMISATION("postponeAnonymisation");

        private final String code;

        Change(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static CaseAuditDetail of(Change change) {
        return new CaseAuditDetail(change.code());
    }

    public static CaseAuditDetail transition(CaseStatus from, CaseStatus to) {
        return new CaseAuditDetail("transition " + from + " -> " + to);
    }

    public static CaseAuditDetail assignment(@Nullable Long lead, @Nullable Long co) {
        return new CaseAuditDetail("assignMediators lead=" + lead + " co=" + co);
    }

    public static CaseAuditDetail reviewDecided(int round, ReviewVerdict verdict) {
        return new CaseAuditDetail("review round " + round + " " + verdict);
    }

    public static CaseAuditDetail reviewAnswered(int round) {
        return new CaseAuditDetail("review round " + round + " answered");
    }
}
