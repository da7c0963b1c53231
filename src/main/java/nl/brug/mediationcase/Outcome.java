package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** How a case ended; every closed case has one. */
public enum Outcome implements Labelled {
    FULL_AGREEMENT,
    PARTIAL_AGREEMENT,
    NO_AGREEMENT,
    /** A party withdrew from the mediation. */
    WITHDRAWN,
    /** Referred elsewhere; the case then also records a {@link ReferralTarget}. */
    REFERRED,
    NOT_SUITABLE;

    /** Key of the translated label. */
    /** The outcomes that count as an agreement reached, for the agreement rate. */
    public boolean isAgreement() {
        return this == FULL_AGREEMENT || this == PARTIAL_AGREEMENT;
    }

    @Override
    public String messageKey() {
        return "case.outcome." + name();
    }
}
