package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** Something in a case's history that is not a change of status. */
public enum CaseEvent implements Labelled {
    /** A journal note saved as ordinary was made confidential by one of the case's mediators. */
    NOTE_MADE_CONFIDENTIAL,
    /** The formal procedure's deadline was marked handled: it no longer warns. */
    PROCEDURE_HANDLED,
    /** A supervisor kept the closed case longer than its retention term, until a date, for a reason. */
    ANONYMISATION_POSTPONED;

    @Override
    public String messageKey() {
        return "case.event." + name();
    }
}
