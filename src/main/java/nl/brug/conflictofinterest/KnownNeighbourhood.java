package nl.brug.conflictofinterest;

import org.jspecify.annotations.Nullable;

/** A neighbourhood a mediator is at home in, with its municipality if they gave one. */
public record KnownNeighbourhood(long id, String neighbourhood, @Nullable String municipality) {

    /** The same as a case's place (CaseOverview.PLACE_MAX), so every case neighbourhood can be recorded. */
    public static final int NEIGHBOURHOOD_MAX = 100;
    public static final int MUNICIPALITY_MAX = 100;
}
