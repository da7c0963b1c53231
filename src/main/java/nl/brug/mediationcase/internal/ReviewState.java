package nl.brug.mediationcase.internal;

/**
 * Where a closed case's review stands, as kept on the case for the queues. {@link MediationCase} derives it
 * from its review rounds; an open case has none.
 */
public enum ReviewState {
    /** The latest round awaits a supervisor's verdict: the case is in the review queue. */
    AWAITING_REVIEW,
    /** The supervisor returned the case with a comment: it waits for its mediators' answer. */
    RETURNED,
    /** The latest round was approved: the review is done. */
    APPROVED
}
