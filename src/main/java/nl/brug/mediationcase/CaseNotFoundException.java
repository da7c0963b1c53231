package nl.brug.mediationcase;

/**
 * The case does not exist, or the user may not see it: deliberately the same answer, so a guessed
 * address reveals nothing.
 */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String reference) {
        super("No case " + reference);
    }
}
