package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** A formal procedure running beside a vertical case. */
public enum ProcedureKind implements Labelled {
    OBJECTION,
    COMPLAINT,
    COURT_CASE;

    @Override
    public String messageKey() {
        return "procedure.kind." + name();
    }
}
