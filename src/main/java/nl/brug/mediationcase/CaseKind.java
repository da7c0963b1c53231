package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** Horizontal: between residents or groups. Vertical: between residents and a public body. */
public enum CaseKind implements Labelled {
    HORIZONTAL,
    VERTICAL;

    @Override
    public String messageKey() {
        return "case.kind." + name();
    }
}
