package nl.brug.mediationcase.supervision;

import nl.brug.base.Labelled;

/**
 * A supervisor's verdict on one review round of a closed case. A round without a verdict awaits review.
 * {@link #SUPERSEDED} is not a supervisor's choice: the case was reopened before a verdict, so the round
 * no longer asks for one.
 */
public enum ReviewVerdict implements Labelled {
    APPROVED,
    RETURNED,
    SUPERSEDED;

    @Override
    public String messageKey() {
        return "review.verdict." + name();
    }
}
