package nl.brug.account;

/** The first-administrator setup was attempted while accounts already exist. */
public class SetupClosedException extends RuntimeException {

    public SetupClosedException() {
        super("Brug is already set up: the first administrator exists");
    }
}
