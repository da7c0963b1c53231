package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** Where a case stands: Aangemeld, Intake, In bemiddeling, Afspraken, Nazorg, Afgesloten. */
public enum CaseStatus implements Labelled {
    REGISTERED,
    INTAKE,
    IN_MEDIATION,
    AGREEMENT,
    FOLLOW_UP,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    @Override
    public String messageKey() {
        return "case.status." + name();
    }
}
