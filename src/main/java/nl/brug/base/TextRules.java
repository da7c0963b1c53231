package nl.brug.base;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The checks every free text in Brug passes before it is saved, whatever the form: not longer than its
 * column, and free of characters a reader cannot see. Control characters (NUL, BEL, ...) and the Unicode
 * direction overrides and isolates are refused rather than silently removed: a right-to-left override
 * visibly reverses a name on every page and in every export, and nobody types one on purpose.
 * Line breaks and tabs stay allowed, as text areas need them.
 */
public final class TextRules {

    /** Translation key of the message for text that holds invisible control characters. */
    public static final String HIDDEN_CHARACTERS = "field.hiddenCharacters";

    private TextRules() {
    }

    /** Translation key of the message for text over its limit; the limit is its argument. */
    public static final String TOO_LONG = "field.tooLong";

    /** What is wrong with the text of this field, if anything; blank and null are fine here. */
    public static Optional<FieldError> problemWith(String field, @Nullable String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (hasHiddenCharacters(value)) {
            return Optional.of(FieldError.of(field, HIDDEN_CHARACTERS));
        }
        if (value.strip().length() > max) {
            return Optional.of(FieldError.of(field, TOO_LONG, max));
        }
        return Optional.empty();
    }

    public static boolean hasHiddenCharacters(String value) {
        return value.codePoints().anyMatch(TextRules::isHidden);
    }

    private static boolean isHidden(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL
                || (codePoint >= 0x202A && codePoint <= 0x202E) // embeddings and overrides
                || (codePoint >= 0x2066 && codePoint <= 0x2069); // isolates
    }
}
