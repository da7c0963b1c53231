package nl.brug.base;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The short code that ties what a user saw to one line in the log: eight characters a user can read out over
 * the telephone without doubt. The alphabet leaves out characters that look alike: 0 and O, 1, I and L.
 */
public final class ErrorCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private static final RandomGenerator RANDOM = new SecureRandom();

    private ErrorCodes() {
    }

    /** A new code; 31^8 (about 850 billion) possibilities, so two errors practically never share one. */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
