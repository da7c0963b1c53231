package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.supervision.ReviewVerdict;

/**
 * The review rounds of one case (decision 004): every closing starts a round awaiting a supervisor's verdict,
 * a returned round gets the mediators' answer, which starts the next round, and reopening supersedes a round
 * still awaiting a verdict. Works on the case's own list of rounds; where the review stands is kept on the
 * case as its {@link ReviewState}, for the queues, and set only from here.
 */
public final class ReviewRounds {

    private final MediationCase theCase;
    private final List<CaseReview> rounds;

    ReviewRounds(MediationCase theCase, List<CaseReview> rounds) {
        this.theCase = theCase;
        this.rounds = rounds;
    }

    /** Where the review stands; null while the case is open. */
    public @Nullable ReviewState state() {
        return theCase.reviewState();
    }

    /** Closed, and its latest round awaits a supervisor's verdict. */
    public boolean awaitsVerdict() {
        return theCase.isClosed() && state() == ReviewState.AWAITING_REVIEW;
    }

    /** Closed, and returned by a supervisor: its mediators are to answer. */
    public boolean awaitsAnswer() {
        return theCase.isClosed() && state() == ReviewState.RETURNED;
    }

    public Optional<CaseReview> latest() {
        return rounds.stream().max(Comparator.comparingInt(CaseReview::getRound));
    }

    /** Every round, the first first. */
    public List<CaseReview> rounds() {
        return rounds.stream().sorted(Comparator.comparingInt(CaseReview::getRound)).toList();
    }

    /** The supervisor's verdict on the latest round: approved (comment optional) or returned (comment required). */
    public void decide(ReviewVerdict verdict, @Nullable String comment, Instant now, long reviewerId) {
        if (verdict == ReviewVerdict.SUPERSEDED) {
            throw new IllegalArgumentException("Only reopening supersedes a review round");
        }
        if (!awaitsVerdict()) {
            throw new IllegalStateException("Case " + theCase.getReference() + " awaits no review");
        }
        latest().orElseThrow().decide(verdict, comment, reviewerId, now);
        theCase.reviewChanged(verdict == ReviewVerdict.APPROVED ? ReviewState.APPROVED : ReviewState.RETURNED, now,
                reviewerId);
    }

    /** The mediators answer the returned round; the answer goes back to the supervisors as a new round. */
    public void answer(String answer, Instant now, long mediatorId) {
        if (!awaitsAnswer()) {
            throw new IllegalStateException("Case " + theCase.getReference() + " awaits no answer to a review");
        }
        CaseReview returned = latest().orElseThrow();
        returned.answer(answer, mediatorId, now);
        rounds.add(new CaseReview(theCase, returned.getRound() + 1, returned.getClosedOn()));
        theCase.reviewChanged(ReviewState.AWAITING_REVIEW, now, mediatorId);
    }

    /** Every closing asks for a supervisor's review: a new round, awaiting a verdict. */
    ReviewState start(LocalDate closedOn) {
        int round = latest().map(CaseReview::getRound).orElse(0) + 1;
        rounds.add(new CaseReview(theCase, round, closedOn));
        return ReviewState.AWAITING_REVIEW;
    }

    /**
     * A reopened case is no longer under review: a round still awaiting a verdict is marked superseded (by
     * whoever reopened it); a returned round stays as it was, unanswered. The next closing starts a new round.
     */
    void endOnReopen(Instant now, long actorId) {
        latest().filter(CaseReview::awaitsVerdict)
                .ifPresent(round -> round.decide(ReviewVerdict.SUPERSEDED, null, actorId, now));
    }
}
