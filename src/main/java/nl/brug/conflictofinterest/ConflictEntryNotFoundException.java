package nl.brug.conflictofinterest;

/**
 * An entry to remove is not on the signed-in mediator's list: it was removed already (in another tab), or it is
 * someone else's, which is said the same way. Nothing was changed.
 */
public class ConflictEntryNotFoundException extends RuntimeException {

    public static final String MESSAGE_KEY = "conflicts.gone";

    public ConflictEntryNotFoundException(long id) {
        super("No entry " + id + " on the current mediator's list");
    }
}
