package nl.brug.account.internal;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits, a
 * 30-second step, the secret in Base32. The codes come from java-otp; this class adds the secret, its
 * {@code otpauth://} address and the window of one step either side for a phone's clock that is a little off.
 */
public final class Totp {

    public static final String ISSUER = "Brug";
    public static final long STEP_SECONDS = 30;
    private static final int SECRET_BYTES = 20;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** 160 random bits in Base32 (32 characters), as RFC 4226 recommends. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    /** The address an authenticator app reads from the QR code. */
    public static String uri(String username, String secret) {
        String label = encode(ISSUER) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code of one time step. */
    public static String code(String secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(base32Decode(secret), "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable second-factor secret", e);
        }
    }

    /** The step (now, or one either side) whose code this is; empty if none. Compared in constant time. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code.replace(" ", "").strip();
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] base32Decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '=' || c == ' ') {
                continue;
            }
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
