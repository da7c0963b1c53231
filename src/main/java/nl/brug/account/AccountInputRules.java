package nl.brug.account;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.brug.base.ContactRules;
import nl.brug.base.InputProblems;
import nl.brug.base.TextRules;

/** The checks on a new account's fields, shared by the service (the authority) and the forms. */
public final class AccountInputRules {

    // The field names the account services refuse with, per form; FormFieldNamesTest checks each is a field
    // of its form (or said in the form's message area).

    /**
     * The new-account dialog: {@link #problemsWith(NewAccount)} and a taken username. No password: the dialog
     * creates a temporary one, which always passes.
     */
    public static final Set<String> NEW_ACCOUNT_FIELDS = Set.of("username", "displayName", "email", "roles");
    /** The set-up page, which creates the first administrator: no roles to choose. */
    public static final Set<String> SETUP_FIELDS = Set.of("username", "displayName", "email", "password");
    /** The dialog that changes an account's roles; the last administrator keeps theirs. */
    public static final Set<String> ROLES_FIELDS = Set.of("roles");
    /** Enabling or disabling an account from the list: said in the page's message area. */
    public static final Set<String> ENABLED_FIELDS = Set.of("enabled");
    /** The change-password page. */
    public static final Set<String> CHANGE_PASSWORD_FIELDS = Set.of("current", "password");
    /** The second step of a login and the set-up of the authenticator app: the one code field. */
    public static final Set<String> SECOND_FACTOR_FIELDS = Set.of("code");

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
        problemsWith(account).throwIfAny();
    }

    /** What is wrong with a new account, field by field; empty when nothing is. */
    public static InputProblems problemsWith(NewAccount account) {
        InputProblems errors = InputProblems.none();
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
