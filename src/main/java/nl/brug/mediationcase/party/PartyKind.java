package nl.brug.mediationcase.party;

import nl.brug.base.Labelled;

/** A party is a person or an organisation. */
public enum PartyKind implements Labelled {
    PERSON,
    ORGANISATION;

    /** Only an organisation (a municipality, a corporation, the police) can be a public body. */
    public boolean canBePublicBody() {
        return this == ORGANISATION;
    }

    @Override
    public String messageKey() {
        return "party.kind." + name();
    }
}
