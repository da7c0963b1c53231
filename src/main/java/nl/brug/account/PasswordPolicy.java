package nl.brug.account;

import java.util.Optional;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters and not the username.
 * Returns the translation key of what is wrong, so forms and services give the same answer.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (!username.isBlank() && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("password.isUsername");
        }
        return Optional.empty();
    }
}
