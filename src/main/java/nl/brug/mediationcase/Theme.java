package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** What a conflict is about. A theme may be discrimination; a person's background is never recorded. */
public enum Theme implements Labelled {
    NEIGHBOUR_NUISANCE,
    NOISE,
    PETS_AND_GARDENS,
    GROUP_TENSION,
    DISCRIMINATION,
    YOUTH,
    SCHOOL,
    HOUSING,
    PUBLIC_SPACE,
    PUBLIC_SERVICE,
    POLICE_CONTACT,
    OTHER;

    @Override
    public String messageKey() {
        return "case.theme." + name();
    }
}
