package nl.brug.account;

import java.util.Set;

import nl.brug.security.Role;

/** What it takes to create an account. */
public record NewAccount(String username, String displayName, String email, String password, Set<Role> roles) {
}
