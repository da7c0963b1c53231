package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** How a case ended. */
public enum Outcome implements Labelled {
    FULL_AGREEMENT,
    PARTIAL_AGREEMENT,
    NO_AGREEMENT,
    WITHDRAWN,
    REFERRED,
    NOT_SUITABLE;

    /** The outcomes that count as an agreement reached, for the agreement rate. */
    public boolean isAgreement() {
        return this == FULL_AGREEMENT || this == PARTIAL_AGREEMENT;
    }

    @Override
    public String messageKey() {
        return "case.outcome." + name();
    }
}
