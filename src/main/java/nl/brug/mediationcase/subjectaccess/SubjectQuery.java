package nl.brug.mediationcase.subjectaccess;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.brug.base.ContactRules;
import nl.brug.base.InvalidInputException;

/**
 * What a supervisor typed to find a person, read as one of three things: an e-mail address (it has an
 * {@code @}; compared whole, ignoring case), a phone number (only digits, spaces, dashes, dots, brackets and a
 * leading +, and at least 8 digits; compared digit by digit, with +31 and 0031 read as 0), or else a name
 * (at least {@value SubjectAccessService#QUERY_MIN} characters; a part of it is found anywhere in the name,
 * ignoring case). {@code name} is the text as typed (stripped); {@code email} and {@code phone} are in their
 * comparable form ({@link ContactRules}).
 */
record SubjectQuery(@Nullable String name, @Nullable String email, @Nullable String phone) {

    private static final Pattern PHONE_LIKE = Pattern.compile("^\\+?[0-9 ()\\-.]+$");
    /** A phone number is looked up by its last digits, then compared whole. */
    private static final int PHONE_TAIL = 9;

    static SubjectQuery parse(String typed) {
        String text = typed.strip();
        if (text.contains("@")) {
            return new SubjectQuery(null, ContactRules.comparableEmail(text), null);
        }
        if (PHONE_LIKE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 8) {
            return new SubjectQuery(null, null, ContactRules.comparablePhone(text));
        }
        if (text.codePointCount(0, text.length()) < SubjectAccessService.QUERY_MIN) {
            throw InvalidInputException.of("query", "subjectAccess.query.tooShort", SubjectAccessService.QUERY_MIN);
        }
        return new SubjectQuery(text, null, null);
    }

    /** The name as a lower-case {@code like} pattern, with {@code !} escaping the wildcards it must take literally. */
    String namePattern() {
        String text = name == null ? "" : name;
        String literal = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }

    /** The digits the repository looks for at the end of a stored number. */
    String phoneTailPattern() {
        String digits = phone == null ? "" : phone;
        return "%" + digits.substring(Math.max(0, digits.length() - PHONE_TAIL));
    }
}
