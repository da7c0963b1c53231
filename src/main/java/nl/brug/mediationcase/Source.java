package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** How a request came in. */
public enum Source implements Labelled {
    PARTY_ITSELF,
    MUNICIPALITY,
    POLICE,
    HOUSING_CORPORATION,
    SCHOOL,
    COMMUNITY_ORGANISATION,
    OTHER;

    @Override
    public String messageKey() {
        return "case.source." + name();
    }
}
