package nl.brug.mediationcase.session;

import nl.brug.base.Labelled;

/** The kinds of meeting in Dutch neighbourhood mediation practice. */
public enum SessionKind implements Labelled {
    INTAKE,
    INDIVIDUAL,
    JOINT,
    SHUTTLE,
    GROUP,
    FOLLOW_UP;

    @Override
    public String messageKey() {
        return "session.kind." + name();
    }
}
