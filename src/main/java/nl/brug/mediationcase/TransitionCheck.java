package nl.brug.mediationcase;

import java.util.List;

/** The lifecycle's answer: allowed, or refused with everything that is missing. */
public record TransitionCheck(boolean allowed, List<MissingRequirement> missing) {

    public TransitionCheck {
        missing = List.copyOf(missing);
    }

    public static TransitionCheck ok() {
        return new TransitionCheck(true, List.of());
    }

    public static TransitionCheck refused(List<MissingRequirement> missing) {
        return new TransitionCheck(false, missing);
    }

    static TransitionCheck of(List<MissingRequirement> missing) {
        return missing.isEmpty() ? ok() : refused(missing);
    }
}
