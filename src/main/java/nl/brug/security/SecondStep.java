package nl.brug.security;

/** Where a login stands with its second factor. Until it is {@link #NONE_PENDING} the user holds no role. */
public enum SecondStep {
    /** Signed in: the code was given, or this account needs no second factor. */
    NONE_PENDING,
    /** The password was right; the account must set up its second factor before anything else. */
    SET_UP,
    /** The password was right; the code from the authenticator app (or a recovery code) is still to come. */
    CODE
}
