package nl.brug.account;

/** The account was changed (or removed) by someone else since it was loaded; nothing was saved. */
public class StaleAccountException extends RuntimeException {

    public StaleAccountException() {
        super("Account changed since it was loaded");
    }
}
