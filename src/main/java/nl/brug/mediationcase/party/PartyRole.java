package nl.brug.mediationcase.party;

import nl.brug.base.Labelled;

/** A party's role in the case. */
public enum PartyRole implements Labelled {
    REQUESTING_PARTY,
    OTHER_PARTY,
    STAKEHOLDER,
    REPRESENTATIVE;

    @Override
    public String messageKey() {
        return "party.role." + name();
    }
}
