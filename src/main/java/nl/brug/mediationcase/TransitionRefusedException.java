package nl.brug.mediationcase;

import java.util.List;

/** The lifecycle refused a change of status; {@link #missing()} says everything that is missing. */
public class TransitionRefusedException extends RuntimeException {

    private final List<MissingRequirement> missing;

    public TransitionRefusedException(List<MissingRequirement> missing) {
        super("Transition refused, missing: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<MissingRequirement> missing() {
        return missing;
    }
}
