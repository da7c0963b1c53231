package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** How soon a case needs attention. */
public enum Urgency implements Labelled {
    LOW,
    NORMAL,
    HIGH;

    @Override
    public String messageKey() {
        return "case.urgency." + name();
    }
}
