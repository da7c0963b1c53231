package nl.brug.mediationcase;

/**
 * A change was asked of a closed case. A closed case is read-only in every section; only a supervisor's
 * reopening (with a reason) makes it editable again. Nothing was changed.
 */
public class CaseClosedException extends RuntimeException {

    public static final String MESSAGE_KEY = "case.closedReadOnly";

    public CaseClosedException(String reference) {
        super("Case " + reference + " is closed; reopen it to change it");
    }
}
