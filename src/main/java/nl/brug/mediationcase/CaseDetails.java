package nl.brug.mediationcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.supervision.ReviewRoundView;

/**
 * Everything the case page shows, loaded in one transaction, in one part per section of the page: the header
 * reads {@code status}, {@code deadline} and the overview's facts; each section reads its own part, and every
 * section that changes the case sends {@code reference} and {@code version} back. Parts that are only a list
 * (parties, sessions, notes, history, reviews) stay lists: a wrapper would add a name and nothing else.
 * Confidential notes are already filtered out for anyone who is not one of the case's mediators.
 * {@code reviews} holds every review round, the first first.
 */
public record CaseDetails(
        String reference,
        long version,
        CaseStatus status,
        @Nullable DeadlineStatus deadline,
        Overview overview,
        List<PartyView> parties,
        List<SessionView> sessions,
        List<NoteView> notes,
        Agreement agreement,
        List<HistoryView> history,
        List<ReviewRoundView> reviews,
        Actions actions) {

    /** The Overview section: the case's facts, its dates and mediators, how it was closed, its last change. */
    public record Overview(CaseOverview facts, Dates dates, @Nullable Person lead, @Nullable Person co,
            Closing closing, LastChange lastChange) {
    }

    /** How the case was closed; all empty on a case that is open (or was reopened). */
    public record Closing(@Nullable Outcome outcome, @Nullable ReferralTarget referral, @Nullable String reason) {
    }

    /** Who changed the case last, and when; {@code by} is empty when nobody has yet. */
    public record LastChange(String by, Instant at) {
    }

    /** The Agreement section: how and when it was signed, its items, and the follow-up (done or proposed). */
    public record Agreement(@Nullable AgreementForm form, @Nullable LocalDate signedOn, List<ItemView> items,
            @Nullable LocalDate followUpOn, @Nullable String followUpFinding, @Nullable LocalDate proposedFollowUpOn) {
    }

    public record Person(long accountId, String name) {
    }

    public record Dates(LocalDate registeredOn, @Nullable LocalDate intakeOn, LocalDate intakeDueOn,
            boolean intakeOverdue, @Nullable LocalDate firstJointSessionOn, @Nullable LocalDate agreementOn,
            @Nullable LocalDate closedOn, @Nullable LocalDate anonymisedOn) {
    }

    /**
     * What the current user may do now (on an anonymised case: nothing); the service checks again on every
     * call. {@code editable}: one of the
     * case's mediators, on an open case (a closed case is read-only). {@code canProtectNotes}: one of the
     * case's mediators, also on a closed case (making a note confidential only narrows who reads it).
     * {@code canReview}: a
     * supervisor, on a closed case whose latest review round awaits a verdict. {@code canAnswerReview}: one
     * of the case's mediators, on a closed case a supervisor returned.
     */
    public record Actions(boolean editable, List<CaseStatus> nextSteps, boolean canClose, boolean canReopen,
            boolean canAssign, boolean canReview, boolean canAnswerReview, boolean canProtectNotes) {
    }

    public record PartyView(long id, long version, PartyData data) {
    }

    public record SessionView(long id, long version, SessionData data) {
    }

    public record NoteView(long id, Instant writtenAt, String author, String text, boolean confidential) {
    }

    public record ItemView(long id, long version, AgreementItemData data) {
    }

    /**
     * A change of status, or (with {@code event}) something else that happened; {@code noteWrittenAt} says
     * which journal note an event concerns.
     */
    public record HistoryView(Instant changedAt, String actor, @Nullable CaseStatus from, CaseStatus to,
            @Nullable String reason, @Nullable CaseEvent event, @Nullable Instant noteWrittenAt) {
    }
}
