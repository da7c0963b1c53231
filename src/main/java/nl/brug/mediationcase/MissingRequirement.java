package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** One reason a change of status is refused; its translation completes "Not possible yet: ...". */
public enum MissingRequirement implements Labelled {
    LEAD_MEDIATOR,
    PARTY,
    TWO_PARTIES,
    PUBLIC_BODY_PARTY,
    ALL_CONSENTS,
    AGREEMENT_ITEM,
    AGREEMENT_SIGNED,
    FOLLOW_UP_DATE,
    OUTCOME,
    REFERRAL_TARGET,
    REASON,
    SUPERVISOR_ONLY,
    NOT_A_NEXT_STEP,
    ALREADY_CLOSED,
    NOT_CLOSED;

    @Override
    public String messageKey() {
        return "case.missing." + name();
    }
}
