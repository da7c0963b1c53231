package nl.brug.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, not the username, and not
 * in a list of common passwords (the 100,000 that ship with nbvcxz, plus Brug's Dutch list). Returns the
 * translation key of what is wrong, so forms and services give the same answer.
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
        if (CommonPasswords.LIST.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Loaded once, on first use (about 100,000 entries). */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> all = new HashSet<>(DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet());
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords-nl.txt")) {
                if (in != null) {
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .map(line -> line.toLowerCase(Locale.ROOT))
                            .forEach(all::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(all);
        }
    }
}
