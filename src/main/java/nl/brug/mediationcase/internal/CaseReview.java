package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.mediationcase.supervision.ReviewVerdict;
/**
 * One round of a supervisor's review of a closed case. A round gets one verdict, once; a returned round
 * gets one answer from the case's mediators, once. What was written is never changed afterwards, so the
 * case keeps every round as it happened. Created and changed only through {@link MediationCase}.
 */
@Entity
@Table(name = "case_review")
public class CaseReview extends CasePart {

    @Column(nullable = false, updatable = false)
    private int round;

    /** The closing this round is about: a case closed, reopened and closed again is reviewed again. */
    @Column(name = "closed_on", nullable = false, updatable = false)
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    private @Nullable ReviewVerdict verdict;
    @Column(name = "reviewer_id")
    private @Nullable Long reviewerId;
    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;
    private @Nullable String comment;

    private @Nullable String answer;
    @Column(name = "answered_by")
    private @Nullable Long answeredBy;
    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CaseReview() {
    }

    CaseReview(MediationCase mediationCase, int round, LocalDate closedOn) {
        super(mediationCase);
        this.round = round;
        this.closedOn = closedOn;
    }

    /** Records the verdict; a returned round must say why, or the mediators cannot answer it. */
    void decide(ReviewVerdict newVerdict, @Nullable String newComment, long actorId, Instant now) {
        if (verdict != null) {
            throw new IllegalStateException("Review round " + round + " already has a verdict");
        }
        String text = Party.blankToNull(newComment);
        if (newVerdict == ReviewVerdict.RETURNED && text == null) {
            throw new IllegalArgumentException("A returned review needs a comment");
        }
        verdict = newVerdict;
        comment = text;
        reviewerId = actorId;
        reviewedAt = now;
    }

    void answer(String text, long mediatorId, Instant now) {
        if (!awaitsAnswer()) {
            throw new IllegalStateException("Review round " + round + " awaits no answer");
        }
        String stripped = Party.blankToNull(text);
        if (stripped == null) {
            throw new IllegalArgumentException("An answer needs text");
        }
        answer = stripped;
        answeredBy = mediatorId;
        answeredAt = now;
    }

    public boolean awaitsVerdict() {
        return verdict == null;
    }

    public boolean awaitsAnswer() {
        return verdict == ReviewVerdict.RETURNED && answer == null;
    }

    public int getRound() {
        return round;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable ReviewVerdict getVerdict() {
        return verdict;
    }

    public @Nullable Long getReviewerId() {
        return reviewerId;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public @Nullable String getAnswer() {
        return answer;
    }

    public @Nullable Long getAnsweredBy() {
        return answeredBy;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }
}
