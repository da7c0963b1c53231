package nl.brug.account.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.SecondFactorPolicy;

/**
 * Loads accounts for Spring Security's login, case-insensitively by username. A password login of an account
 * with (or due for) a second factor holds no role until the second step is done (see SecondFactorService).
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SecondFactorPolicy policy;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, SecondFactorPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameKey(Account.keyOf(username))
                // The message never reaches the user: the login page shows one generic sentence.
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return Principals.afterPassword(account, policy, clock.instant());
    }
}
