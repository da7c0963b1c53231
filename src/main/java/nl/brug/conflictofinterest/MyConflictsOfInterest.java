package nl.brug.conflictofinterest;

import java.util.List;

/** Everything the signed-in mediator recorded, in the order they added it. */
public record MyConflictsOfInterest(List<KnownNeighbourhood> neighbourhoods, List<KnownPerson> people) {

    /** At most this many entries per list: a list this long warns on nearly every case and says little. */
    public static final int ENTRIES_MAX = 100;

    public MyConflictsOfInterest {
        neighbourhoods = List.copyOf(neighbourhoods);
        people = List.copyOf(people);
    }
}
