package nl.brug.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What makes a password acceptable (decision 006): at least {@value #MIN_LENGTH} characters, not the
 * username, not in a list of common passwords (the 100,000 that ship with nbvcxz, plus Brug's Dutch list),
 * and hard enough to guess: nbvcxz's estimate must reach {@value #MIN_ENTROPY_BITS} bits. The estimate sees
 * through repetitions ("annaannaanna"), keyboard rows, sequences, dates, single dictionary words and the
 * person's own name, username and e-mail address, which a length rule alone lets pass.
 *
 * <p>Returns the translation key of what is wrong, so forms and services give the same answer in the user's
 * language; nbvcxz's own (English) feedback is never shown.
 */
public final class PasswordPolicy {

    /** Named in the message {@code password.tooShort} itself, so that a service refusal reads whole without arguments. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /**
     * About 34 billion guesses: nbvcxz's own default, and above the top score of zxcvbn (10^10 guesses), with
     * passwords stored as bcrypt hashes and logins locked after five failures. Three or four unrelated words
     * or a 16-character generated password are far above it; a word with a year, a repeated name or a
     * keyboard row are far below it.
     */
    public static final double MIN_ENTROPY_BITS = 35;

    private static final String CONTEXT = "brug-context";
    /** Words anyone attacking Brug would try first, whoever the user is. */
    private static final Dictionary CONTEXT_WORDS = new DictionaryBuilder().setDictionaryName(CONTEXT)
            .addWords(List.of("brug", "bemiddeling", "bemiddelaar", "mediation", "mediator", "wachtwoord", "welkom",
                    "geheim"), 1)
            .createDictionary();
    private static final String PERSONAL = "brug-personal";
    private static final String COMMON_NL = "brug-common-nl";
    private static final String COMMON = "passwords";

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String username) {
        return problemWith(password, username, List.of());
    }

    /**
     * @param personal what else is known about the person (display name, e-mail address): a password built
     *        from it is refused, since anyone who knows them can guess it
     */
    public static Optional<String> problemWith(String password, String username, Collection<String> personal) {
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
        List<String> known = new ArrayList<>(personal);
        known.add(username);
        Result estimate = estimate(password, known);
        if (estimate.getEntropy() >= MIN_ENTROPY_BITS) {
            return Optional.empty();
        }
        return Optional.of(reason(estimate));
    }

    /** nbvcxz's estimate in bits, with the person's own words counted as the first guesses. */
    static Result estimate(String password, Collection<String> personal) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(CommonPasswords.DUTCH_DICTIONARY);
        dictionaries.add(CONTEXT_WORDS);
        DictionaryBuilder words = new DictionaryBuilder().setDictionaryName(PERSONAL);
        // Rank 1: as cheap to guess as the most common password; the estimate then depends on the rest.
        personalWords(personal).forEach(word -> words.addWord(word, 1));
        dictionaries.add(words.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY_BITS)
                .setLocale(Locale.ENGLISH)
                .createConfiguration())
                .estimate(password);
    }

    /** The username, the name and the e-mail address, whole and in their parts of three letters or more. */
    private static Set<String> personalWords(Collection<String> personal) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : personal) {
            String lower = text.strip().toLowerCase(Locale.ROOT);
            String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
            for (String whole : List.of(lower, local, local.replaceAll("[^\\p{L}\\p{N}]", ""))) {
                if (whole.length() >= 3) {
                    words.add(whole);
                }
            }
            for (String part : lower.split("[^\\p{L}]+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /**
     * Why the estimate is low, in Brug's own words: the weakness that covers most of the password, the way
     * nbvcxz picks its feedback, but told apart by where a dictionary word came from.
     */
    private static String reason(Result estimate) {
        return estimate.getMatches().stream()
                .map(PasswordPolicy::weakness)
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Weakness::length).thenComparing(Weakness::priority))
                .map(Weakness::key)
                .orElse("password.weak.guessable");
    }

    private record Weakness(String key, int length, int priority) {
    }

    private static Optional<Weakness> weakness(Match match) {
        int length = match.getLength();
        if (match instanceof DictionaryMatch word) {
            return Optional.of(switch (word.getDictionaryName()) {
                case PERSONAL, CONTEXT -> new Weakness("password.weak.personal", length, 7);
                case COMMON, COMMON_NL -> new Weakness("password.weak.common", length, 6);
                default -> new Weakness("password.weak.word", length, 1);
            });
        }
        if (match instanceof RepeatMatch) {
            return Optional.of(new Weakness("password.weak.repeat", length, 5));
        }
        if (match instanceof SpacialMatch) {
            return Optional.of(new Weakness("password.weak.keyboard", length, 4));
        }
        if (match instanceof SequenceMatch) {
            return Optional.of(new Weakness("password.weak.sequence", length, 3));
        }
        if (match instanceof DateMatch || match instanceof YearMatch) {
            return Optional.of(new Weakness("password.weak.date", length, 2));
        }
        return Optional.empty(); // guessed character by character: not a pattern to name
    }

    /** Loaded once, on first use (about 100,000 entries). */
    private static final class CommonPasswords {
        static final List<String> DUTCH = loadDutch();
        static final Set<String> LIST = load();
        static final Dictionary DUTCH_DICTIONARY = dutchDictionary();

        private static Set<String> load() {
            Set<String> all = new HashSet<>(DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet());
            all.addAll(DUTCH);
            return Set.copyOf(all);
        }

        /** The Dutch list as a dictionary too, so the estimate also catches variants ("Welkom2026!!?"). */
        private static Dictionary dutchDictionary() {
            DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(COMMON_NL);
            int rank = 1;
            for (String password : DUTCH) {
                builder.addWord(password, rank++);
            }
            return builder.createDictionary();
        }

        private static List<String> loadDutch() {
            List<String> dutch = new ArrayList<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords-nl.txt")) {
                if (in != null) {
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .map(line -> line.toLowerCase(Locale.ROOT))
                            .forEach(dutch::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(dutch);
        }
    }
}
