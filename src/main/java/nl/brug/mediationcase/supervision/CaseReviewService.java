package nl.brug.mediationcase.supervision;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.base.InputProblems;
import nl.brug.base.InvalidInputException;
import nl.brug.base.TextRules;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseAuditDetail;
import nl.brug.mediationcase.internal.CaseReview;
import nl.brug.mediationcase.internal.CaseRows;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;

/**
 * The review of closed cases (decision 004). Closing a case starts a review round; a supervisor approves
 * it or returns it with a comment; the case's mediators answer a returned case, which starts the next
 * round. Every round is kept. Each change is one transaction, checked against the case version the user
 * saw, and audited.
 */
@Service
@PreAuthorize("hasRole('SUPERVISOR')")
public class CaseReviewService {

    /** The most returned cases Mijn werk lists for one mediator. */
    public static final int RETURNED_MAX = 50;

    private final CaseAccess access;
    private final CaseRows rows;

    CaseReviewService(CaseAccess access, CaseRows rows) {
        this.access = access;
        this.rows = rows;
    }

    /** Approves the round awaiting review; the comment is optional. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void approve(String reference, long expectedCaseVersion, @Nullable String comment) {
        problemsWithText("comment", comment, false).throwIfAny();
        decide(reference, expectedCaseVersion, ReviewVerdict.APPROVED, comment);
    }

    /** Returns the case to its mediators with a comment saying what to answer; the comment is required. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void returnForAnswer(String reference, long expectedCaseVersion, @Nullable String comment) {
        problemsWithText("comment", comment, true).throwIfAny();
        decide(reference, expectedCaseVersion, ReviewVerdict.RETURNED, comment);
    }

    private void decide(String reference, long expectedCaseVersion, ReviewVerdict verdict, @Nullable String comment) {
        BrugUser user = CurrentUser.require();
        MediationCase c = access.visible(reference, user);
        access.requireVersion(c, expectedCaseVersion, c.getVersion());
        if (!c.reviews().awaitsVerdict()) {
            throw InvalidInputException.of("review", "review.notAwaiting");
        }
        if (c.mediators().includes(user.accountId())) {
            // Four eyes: a supervisor who also mediated this case does not review their own work.
            throw InvalidInputException.of("review", "review.ownCase");
        }
        int round = c.reviews().latest().map(CaseReview::getRound).orElse(0);
        access.change(c, user, CaseAuditDetail.reviewDecided(round, verdict),
                edit -> c.reviews().decide(verdict, comment, edit.now(), edit.actorId()));
    }

    /**
     * One of the case's mediators answers a returned review; the case goes back into the review queue.
     * Anyone else gets what {@link CaseAccess#editable} gives: "not found" for a mediator of other cases.
     */
    @Transactional
    @PreAuthorize("hasRole('MEDIATOR')")
    public void answer(String reference, long expectedCaseVersion, @Nullable String text) {
        problemsWithText("answer", text, true).throwIfAny();
        BrugUser user = CurrentUser.require();
        MediationCase c = access.editable(reference, user);
        access.requireVersion(c, expectedCaseVersion, c.getVersion());
        if (!c.reviews().awaitsAnswer()) {
            throw InvalidInputException.of("answer", "review.nothingToAnswer");
        }
        int answered = c.reviews().latest().map(CaseReview::getRound).orElse(0);
        access.change(c, user, CaseAuditDetail.reviewAnswered(answered),
                edit -> c.reviews().answer(text == null ? "" : text, edit.now(), edit.actorId()));
    }

    /** Closed cases awaiting a verdict, the longest closed first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Page<CaseListItem> reviewQueue(Pageable pageable) {
        return rows.awaitingReview(pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public long reviewQueueCount() {
        return rows.countAwaitingReview();
    }

    /**
     * For Mijn werk: the current mediator's cases that a supervisor returned and that await their answer, at
     * most {@value #RETURNED_MAX}, the longest closed first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MEDIATOR')")
    public List<CaseListItem> returnedToMe() {
        return rows.returnedTo(CurrentUser.require().accountId(), RETURNED_MAX);
    }

    /** A comment or answer: at most {@value CaseLimits#REVIEW_TEXT_MAX} characters, the column's size. */
    private static InputProblems problemsWithText(String field, @Nullable String text, boolean required) {
        InputProblems errors = InputProblems.none();
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, "field.required");
            }
        } else {
            TextRules.problemWith(field, text, CaseLimits.REVIEW_TEXT_MAX).ifPresent(errors::add);
        }
        return errors;
    }
}
