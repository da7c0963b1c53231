package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** A party is a person or an organisation. */
public enum PartyKind implements Labelled {
    PERSON,
    ORGANISATION;

    @Override
    public String messageKey() {
        return "party.kind." + name();
    }
}
