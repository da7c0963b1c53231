package nl.brug.mediationcase.session;

import nl.brug.base.Labelled;

/** Whether a session is still planned, took place, or was called off. */
public enum SessionStatus implements Labelled {
    PLANNED,
    HELD,
    CANCELLED;

    @Override
    public String messageKey() {
        return "session.status." + name();
    }
}
