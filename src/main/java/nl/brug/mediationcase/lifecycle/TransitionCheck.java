package nl.brug.mediationcase.lifecycle;

import java.util.List;

/**
 * The lifecycle's answer to a requested status change: allowed, or refused with everything that
 * is missing, so the user learns it all at once instead of one refusal at a time.
 */
public record TransitionCheck(boolean allowed, List<MissingRequirement> missing) {

    public TransitionCheck {
        missing = List.copyOf(missing);
        if (allowed != missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "A check is allowed exactly when nothing is missing, got allowed=" + allowed + " missing=" + missing);
        }
    }

    public static TransitionCheck ok() {
        return new TransitionCheck(true, List.of());
    }

    /** A refusal must say why, so {@code missing} may not be empty. */
    public static TransitionCheck refused(List<MissingRequirement> missing) {
        return new TransitionCheck(false, missing);
    }
}
