package nl.brug.mediationcase.subjectaccess;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.brug.base.InvalidInputException;

/**
 * What a supervisor typed to find a person, read as one of three things: an e-mail address (it has an
 * {@code @}; compared whole, ignoring case), a phone number (only digits, spaces, dashes, dots, brackets and a
 * leading +, and at least 8 digits; compared digit by digit, with +31 and 0031 read as 0), or else a part of a
 * name (at least {@value SubjectAccessService#QUERY_MIN} characters; found anywhere in the name, ignoring case).
 */
record SubjectQuery(@Nullable String namePattern, @Nullable String email, @Nullable String phone) {

    private static final Pattern PHONE_LIKE = Pattern.compile("^\\+?[0-9 ()\\-.]+$");
    /** A phone number is looked up by its last digits, then compared whole. */
    private static final int PHONE_TAIL = 9;

    static SubjectQuery parse(String typed) {
        String text = typed.strip();
        if (text.contains("@")) {
            return new SubjectQuery(null, text.toLowerCase(Locale.ROOT), null);
        }
        if (PHONE_LIKE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 8) {
            return new SubjectQuery(null, null, normalisedPhone(text));
        }
        if (text.codePointCount(0, text.length()) < SubjectAccessService.QUERY_MIN) {
            throw InvalidInputException.of("query", "subjectAccess.query.tooShort", SubjectAccessService.QUERY_MIN);
        }
        String literal = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return new SubjectQuery("%" + literal + "%", null, null);
    }

    /** The digits the repository looks for at the end of a stored number. */
    String phoneTailPattern() {
        String digits = phone == null ? "" : phone;
        return "%" + digits.substring(Math.max(0, digits.length() - PHONE_TAIL));
    }

    /** Digits only; an international prefix as 00; the Dutch country code (+31, 0031) as the trunk 0. */
    static String normalisedPhone(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (number.strip().startsWith("+")) {
            digits = "00" + digits;
        }
        return digits.startsWith("0031") ? "0" + digits.substring(4) : digits;
    }
}
