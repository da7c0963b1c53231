package nl.brug.mediationcase.lifecycle;

import java.util.List;

/**
 * The lifecycle refused a change of status; {@link #missing()} says everything that is missing, and
 * {@link #partiesWithoutConsent()} names the parties whose consent is missing, so the user knows whom to ask.
 */
public class TransitionRefusedException extends RuntimeException {

    private final List<MissingRequirement> missing;
    private final List<String> partiesWithoutConsent;

    public TransitionRefusedException(List<MissingRequirement> missing) {
        this(missing, List.of());
    }

    public TransitionRefusedException(List<MissingRequirement> missing, List<String> partiesWithoutConsent) {
        super("Transition refused, missing: " + missing);
        this.missing = List.copyOf(missing);
        this.partiesWithoutConsent = List.copyOf(partiesWithoutConsent);
    }

    public List<MissingRequirement> missing() {
        return missing;
    }

    public List<String> partiesWithoutConsent() {
        return partiesWithoutConsent;
    }
}
