package nl.brug.account;

import java.util.Set;

import nl.brug.base.ContactRules;
import nl.brug.security.Role;

/** What it takes to create an account. */
public record NewAccount(String username, String displayName, String email, String password, Set<Role> roles) {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = ContactRules.EMAIL_MAX;
}
