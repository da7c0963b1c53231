package nl.brug.account;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.internal.AccountRepository;
import nl.brug.base.InvalidInputException;
import nl.brug.base.LanguagePreference;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/** The account feature's API: the first administrator, the account list, names and preferences. */
@Service
public class AccountService implements LanguagePreference {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** True only on an empty installation: then, and only then, the setup page is open. */
    @Transactional(readOnly = true)
    public boolean setupNeeded() {
        return accounts.count() == 0;
    }

    /**
     * Creates the first administrator. Open to anonymous visitors, but only while no account exists;
     * synchronized so that two visitors racing on a fresh installation cannot both become administrator.
     */
    @Transactional
    public synchronized AccountSummary createFirstAdministrator(NewAccount request) {
        if (!setupNeeded()) {
            throw new SetupClosedException();
        }
        NewAccount admin = new NewAccount(request.username(), request.displayName(), request.email(),
                request.password(), EnumSet.of(Role.ADMIN));
        return AccountSummary.of(save(admin));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(NewAccount request) {
        return AccountSummary.of(save(request));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Pageable pageable) {
        return accounts.search(text.strip().toLowerCase(Locale.ROOT), pageable).map(AccountSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.search(text.strip().toLowerCase(Locale.ROOT), Pageable.ofSize(1)).getTotalElements();
    }

    /** Enabled accounts holding the mediator role, for choosing who works a case. */
    @PreAuthorize("hasAnyRole('MEDIATOR', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<AccountSummary> enabledMediators() {
        return accounts.findAll().stream()
                .filter(account -> account.isEnabled() && account.getRoles().contains(Role.MEDIATOR))
                .map(AccountSummary::of)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
    }

    /** Display names by account id, for showing who did what. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(Account::requireId, Account::getDisplayName));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(long id) {
        return accounts.findById(id).map(AccountSummary::of);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberForCurrentUser(Locale locale) {
        accounts.findById(CurrentUser.require().accountId())
                .ifPresent(account -> account.changePreferredLanguage(locale));
    }

    private Account save(NewAccount request) {
        AccountInputRules.check(request);
        if (accounts.existsByUsernameKey(Account.keyOf(request.username()))) {
            throw InvalidInputException.of("username", "account.username.taken");
        }
        Account account = new Account(request.username(), request.displayName(), request.email(),
                passwordEncoder.encode(request.password()), request.roles(), clock.instant());
        return accounts.saveAndFlush(account);
    }
}
