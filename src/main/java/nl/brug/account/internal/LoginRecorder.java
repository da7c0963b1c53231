package nl.brug.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.LoginPolicy;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.security.BrugUser;

/**
 * Keeps each account's last login, counts failed logins and locks an account after too many, and
 * writes every login, failed login and logout to the audit trail. The user is never told which of
 * these happened: the login page shows one sentence for every failure.
 */
@Component
class LoginRecorder {

    private final AccountRepository accounts;
    private final AuditService audit;
    private final LoginPolicy policy;
    private final Clock clock;

    LoginRecorder(AccountRepository accounts, AuditService audit, LoginPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        // A right password with a second step to come is no login yet: SecondFactorService records it after the
        // code. Counting it here would also reset the failed attempts that wrong codes add up.
        if (event.getAuthentication().getPrincipal() instanceof BrugUser user && !user.secondStepPending()) {
            accounts.recordLogin(user.accountId(), clock.instant());
            audit.recordFor(user.accountId(), user.getUsername(), AuditAction.LOGIN_SUCCEEDED, null, null);
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        Instant now = clock.instant();
        var account = accounts.findByUsernameKey(Account.keyOf(username));
        Long accountId = account.map(Account::requireId).orElse(null);
        audit.recordFor(accountId, truncate(username), AuditAction.LOGIN_FAILED, null,
                event.getException().getClass().getSimpleName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent && account.isPresent()
                && account.get().recordFailedLogin(now, policy)) {
            audit.recordFor(accountId, account.get().getUsername(), AuditAction.ACCOUNT_LOCKED, null,
                    "after " + policy.maxFailedLogins() + " failed logins, for " + policy.lockout());
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof BrugUser user) {
            audit.recordFor(user.accountId(), user.getUsername(), AuditAction.LOGOUT, null, null);
        }
    }

    private static String truncate(String username) {
        return username.length() <= Account.USERNAME_MAX ? username : username.substring(0, Account.USERNAME_MAX);
    }
}
