package nl.brug.account;

/**
 * The account was changed (or removed) by someone else since it was loaded; nothing was saved. Accounts do not
 * record who changed them last, so unlike a stale case this names nobody.
 */
public class StaleAccountException extends RuntimeException {

    public StaleAccountException() {
        super("Account changed since it was loaded");
    }

    /** Another save reached the database first (its version check refused this one). */
    public StaleAccountException(Throwable concurrentSave) {
        super("Account changed since it was loaded", concurrentSave);
    }
}
