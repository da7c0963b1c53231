package nl.brug.account.internal;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.security.BrugUser;

/** Loads accounts for Spring Security's login, case-insensitively by username. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameKey(Account.keyOf(username))
                // The message never reaches the user: the login page shows one generic sentence.
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        boolean notLocked = account.getLockedUntil() == null || account.getLockedUntil().isBefore(clock.instant());
        boolean mustChange = account.isMustChangePassword();
        return new BrugUser(account.requireId(), account.getUsername(), account.getDisplayName(),
                mustChange ? Set.of() : account.getRoles(), account.getPasswordHash(), account.isEnabled(), notLocked,
                mustChange, account.getPreferredLocale());
    }
}
