package nl.brug.conflictofinterest;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.brug.base.InputProblems;
import nl.brug.base.TextRules;

/** What a mediator may enter on their conflicts-of-interest page; the page and the service both ask here. */
public final class ConflictInputRules {

    /** The fields of the form for a neighbourhood. */
    public static final Set<String> NEIGHBOURHOOD_FIELDS = Set.of("neighbourhood", "municipality");
    /** The field of the form for a known person. */
    public static final Set<String> PERSON_FIELDS = Set.of("knownName");

    private ConflictInputRules() {
    }

    public static InputProblems problemsWithNeighbourhood(@Nullable String neighbourhood,
            @Nullable String municipality) {
        InputProblems problems = InputProblems.none();
        requireText(problems, "neighbourhood", neighbourhood);
        TextRules.problemWith("neighbourhood", neighbourhood, KnownNeighbourhood.NEIGHBOURHOOD_MAX)
                .ifPresent(problems::add);
        TextRules.problemWith("municipality", municipality, KnownNeighbourhood.MUNICIPALITY_MAX)
                .ifPresent(problems::add);
        return problems;
    }

    public static InputProblems problemsWithPerson(@Nullable String name) {
        InputProblems problems = InputProblems.none();
        requireText(problems, "knownName", name);
        TextRules.problemWith("knownName", name, KnownPerson.NAME_MAX).ifPresent(problems::add);
        return problems;
    }

    /** Not empty, and not only spaces or punctuation: such an entry would match nothing. */
    private static void requireText(InputProblems problems, String field, @Nullable String value) {
        if (ConflictMatching.normalised(value).isEmpty()) {
            problems.put(field, "field.required");
        }
    }
}
