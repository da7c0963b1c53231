package nl.brug.base;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks on e-mail addresses and phone numbers, the same wherever people's contact details are entered. */
public final class ContactRules {

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Dutch and international numbers: digits, spaces, dashes, brackets, an optional leading +; 8–15 digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{8,30}$");

    private ContactRules() {
    }

    public static boolean validEmail(String email) {
        String value = email.strip();
        return value.length() <= EMAIL_MAX && EMAIL.matcher(value).matches();
    }

    public static boolean validPhone(String phone) {
        String value = phone.strip();
        long digits = value.chars().filter(Character::isDigit).count();
        return PHONE.matcher(value).matches() && digits >= 8 && digits <= 15;
    }

    /** An e-mail address as two of them are compared: trimmed, lower case. */
    public static String comparableEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A phone number as two of them are compared: digits only; an international prefix as 00; the Dutch country
     * code (+31, 0031) as the trunk 0, so that "06-12345678" and "+31 6 1234 5678" are the same number.
     */
    public static String comparablePhone(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (number.strip().startsWith("+")) {
            digits = "00" + digits;
        }
        return digits.startsWith("0031") ? "0" + digits.substring(4) : digits;
    }
}
