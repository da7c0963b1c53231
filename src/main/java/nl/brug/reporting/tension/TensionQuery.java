package nl.brug.reporting.tension;

import org.jspecify.annotations.Nullable;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.Theme;

/**
 * What a tension picture is asked for: one municipality, a run of quarters (at most {@link #MAX_QUARTERS}),
 * and optionally one theme and one kind (horizontal or vertical).
 */
public record TensionQuery(String municipality, Quarter from, Quarter to, @Nullable Theme theme,
        @Nullable CaseKind kind) {

    public static final int MAX_QUARTERS = 20;

    public TensionQuery {
        if (municipality.isBlank()) {
            throw InvalidInputException.of("municipality", "field.required");
        }
        if (to.compareTo(from) < 0) {
            throw InvalidInputException.of("to", "tension.toBeforeFrom");
        }
        if (to.minus(MAX_QUARTERS - 1).compareTo(from) > 0) {
            throw InvalidInputException.of("to", "tension.tooManyQuarters", MAX_QUARTERS);
        }
    }
}
