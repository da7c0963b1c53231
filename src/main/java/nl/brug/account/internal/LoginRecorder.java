package nl.brug.account.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.security.BrugUser;

/** Keeps each account's last-login time. */
@Component
class LoginRecorder {

    private final AccountRepository accounts;
    private final Clock clock;

    LoginRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof BrugUser user) {
            accounts.findById(user.accountId()).ifPresent(account -> account.recordLogin(clock.instant()));
        }
    }
}
