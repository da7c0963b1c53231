package nl.brug.conflictofinterest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What of a case is compared with the mediators' lists: the names of the people at the table (each party's
 * name and, for an organisation, its contact person) and the case's place.
 */
public record CaseCircumstances(List<String> people, @Nullable String municipality, @Nullable String neighbourhood) {

    public CaseCircumstances {
        people = List.copyOf(people);
    }
}
