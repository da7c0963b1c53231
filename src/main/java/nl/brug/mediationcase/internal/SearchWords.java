package nl.brug.mediationcase.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a case's search text, kept in {@code case_search_word} so that the list's free-text filter is an
 * index lookup by prefix instead of reading every case (decision 035). A word is a run of text between spaces,
 * lower-cased; a word with punctuation inside ("2026-0012", "vries-bakker", "o'brien") is also kept in its
 * parts, so each part is found on its own. A searched text matches a case when every one of its words is the
 * start of one of the case's words.
 */
public final class SearchWords {

    /** The column's size: a longer word is kept, and searched, by its first this many characters. */
    public static final int WORD_MAX = 100;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The words to keep for a search text (already lower-cased, see {@link SearchText}). */
    public static Set<String> of(String searchText) {
        Set<String> words = new LinkedHashSet<>();
        for (String token : SPACES.split(searchText.strip())) {
            if (!hasLetterOrDigit(token)) {
                continue;
            }
            words.add(cut(token));
            for (String part : NOT_LETTER_OR_DIGIT.split(token)) {
                if (!part.isEmpty()) {
                    words.add(cut(part));
                }
            }
        }
        return words;
    }

    /** The words of a searched text, each to be matched as the start of a kept word. */
    public static List<String> ofQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String token : SPACES.split(text.strip().toLowerCase(Locale.ROOT))) {
            String word = cut(token);
            if (!word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word as the pattern of a {@code like ... escape '\'}: its start, wildcards taken literally. */
    public static String prefixPattern(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String cut(String word) {
        return word.length() > WORD_MAX ? word.substring(0, WORD_MAX) : word;
    }
}
