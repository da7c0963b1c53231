package nl.brug.mediationcase;

import nl.brug.base.Labelled;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;

/**
 * Where a case stands on its way from request to follow-up. The order here is the forward path;
 * which moves between them are allowed is decided by {@link CaseLifecycle} only.
 */
public enum CaseStatus implements Labelled {
    REGISTERED,
    INTAKE,
    IN_MEDIATION,
    AGREEMENT,
    FOLLOW_UP,
    CLOSED;

    /** Open means the mediators are still working on it: every status but {@link #CLOSED}. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Key of the translated label, so no screen spells a status itself. */
    @Override
    public String messageKey() {
        return "case.status." + name();
    }
}
