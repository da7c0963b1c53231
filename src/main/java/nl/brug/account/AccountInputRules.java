package nl.brug.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.brug.base.ContactRules;
import nl.brug.base.InvalidInputException;
import nl.brug.base.TextRules;

/** The checks on a new account's fields, shared by the service (the authority) and the forms. */
public final class AccountInputRules {

    /** Letters, digits and . _ - : a username that is easy to type and to say on the phone. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3," + NewAccount.USERNAME_MAX + "}");

    private AccountInputRules() {
    }

    public static boolean validUsername(String username) {
        return USERNAME.matcher(username.strip()).matches();
    }

    public static boolean validEmail(String email) {
        return ContactRules.validEmail(email);
    }

    static void check(NewAccount account) {
        Map<String, String> errors = problemsWith(account);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** What is wrong with a new account, field by field (field name to message key); empty when nothing is. */
    public static Map<String, String> problemsWith(NewAccount account) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!validUsername(account.username())) {
            errors.put("username", "account.username.invalid");
        }
        if (account.displayName().isBlank() || account.displayName().strip().length() > NewAccount.DISPLAY_NAME_MAX) {
            errors.put("displayName", "account.displayName.invalid");
        } else if (TextRules.hasHiddenCharacters(account.displayName())) {
            errors.put("displayName", TextRules.HIDDEN_CHARACTERS);
        }
        if (!validEmail(account.email())) {
            errors.put("email", "account.email.invalid");
        }
        PasswordPolicy.problemWith(account.password(), account.username(),
                List.of(account.displayName(), account.email()))
                .ifPresent(problem -> errors.put("password", problem));
        if (account.roles().isEmpty()) {
            errors.put("roles", "account.roles.required");
        }
        return errors;
    }
}
