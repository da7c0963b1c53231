package nl.brug.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it. Carries the account id and display name so that
 * services and the layout need no database round trip to know who is acting.
 *
 * <p>While {@code passwordChangeRequired} (a temporary password after a reset), the user holds no role
 * at all: every role-protected service refuses them until they have chosen their own password and
 * logged in again.
 *
 * <p>While a {@link SecondStep second step} is pending (the password was right, the code from the
 * authenticator app not yet given), the user holds no role either, and {@link CurrentUser#find()} does not
 * count them as signed in: only the second-factor pages and service accept them.
 */
public record BrugUser(
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        String passwordHash,
        boolean enabled,
        boolean accountNonLocked,
        boolean passwordChangeRequired,
        @Nullable Locale preferredLocale,
        SecondStep secondStep) implements UserDetails {

    public BrugUser {
        // Half signed in (password only): no role at all, whatever the account holds.
        roles = roles.isEmpty() || secondStep != SecondStep.NONE_PENDING ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A user who is fully signed in (no second step pending). */
    public BrugUser(long accountId, String username, String displayName, Set<Role> roles, String passwordHash,
            boolean enabled, boolean accountNonLocked, boolean passwordChangeRequired,
            @Nullable Locale preferredLocale) {
        this(accountId, username, displayName, roles, passwordHash, enabled, accountNonLocked, passwordChangeRequired,
                preferredLocale, SecondStep.NONE_PENDING);
    }

    /** True between the password and the second factor: such a user may only give the code or set it up. */
    public boolean secondStepPending() {
        return secondStep != SecondStep.NONE_PENDING;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    /** Never print the hash, not even in a debug log. */
    @Override
    public String toString() {
        return "BrugUser[" + username + ", roles=" + roles + ", secondStep=" + secondStep + "]";
    }
}
