package nl.brug.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.brug.security.Role;

/** An account as other features and the account list see it: never with its password hash. */
public record AccountSummary(long id, String username, String displayName, String email, Set<Role> roles,
        boolean enabled, boolean locked, boolean mustChangePassword, boolean secondFactor, Instant createdAt,
        @Nullable Instant lastLoginAt, long version) {
}
