package nl.brug.mediationcase.lifecycle;

import nl.brug.base.Labelled;

/**
 * One reason a status change is refused. A refusal lists these in declaration order, so the
 * sentence built from their messages always reads the same way.
 */
public enum MissingRequirement implements Labelled {
    LEAD_MEDIATOR,
    /** At least two parties: only the joint sessions of mediation need both sides. */
    TWO_PARTIES,
    /** At least one party. */
    PARTY,
    /** A vertical case has a public body among its parties. */
    PUBLIC_BODY_PARTY,
    /** Every party has given consent (signed the mediation agreement). */
    ALL_CONSENTS,
    AGREEMENT_ITEM,
    AGREEMENT_SIGNED,
    FOLLOW_UP_DATE,
    OUTCOME,
    /** The outcome is "referred", so where to must be known. */
    REFERRAL_TARGET,
    /** A non-blank reason, kept in the case history. */
    REASON,
    SUPERVISOR_ONLY,
    /** The target cannot be reached from the current status in one step. */
    NOT_A_NEXT_STEP,
    ALREADY_CLOSED,
    NOT_CLOSED;

    /** Key of the translated sentence part that says what is missing. */
    @Override
    public String messageKey() {
        return "case.missing." + name();
    }
}
