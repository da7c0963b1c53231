package nl.brug.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.internal.Account;
import nl.brug.account.internal.AccountRepository;
import nl.brug.audit.AccountNames;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.InvalidInputException;
import nl.brug.base.LanguagePreference;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/**
 * The account feature's API: the first administrator, account management by administrators, one's own
 * password, names and preferences. Every change to an account is audited.
 */
@Service
public class AccountService implements LanguagePreference, AccountNames {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
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
        Account created = save(admin, false);
        audit.recordFor(created.requireId(), created.getUsername(), AuditAction.ACCOUNT_CREATED, null,
                "first administrator " + created.getUsername());
        return summary(created);
    }

    /**
     * An administrator creates an account. The password given is temporary: the new user must choose their
     * own at the first login.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(NewAccount request) {
        Account created = save(request, true);
        audit.record(AuditAction.ACCOUNT_CREATED, null, created.getUsername() + " " + created.getRoles());
        return summary(created);
    }

    /** Creates an account with a generated temporary password, returned once to show to the administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedAccount createWithTemporaryPassword(String username, String displayName, String email,
            Set<Role> roles) {
        String temporary = temporaryPassword();
        AccountSummary created = create(new NewAccount(username, displayName, email, temporary, roles));
        return new CreatedAccount(created, temporary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRoles(long accountId, long expectedVersion, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "account.roles.required");
        }
        Account account = load(accountId, expectedVersion);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(account, "roles");
        }
        Set<Role> before = account.getRoles();
        account.changeRoles(roles);
        saved();
        audit.record(AuditAction.ACCOUNT_ROLES_CHANGED, null, account.getUsername() + " " + before + " -> " + roles);
    }

    /** A deactivated account cannot log in; its cases show to supervisors as needing another mediator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deactivate(long accountId, long expectedVersion) {
        change(accountId, expectedVersion, AuditAction.ACCOUNT_DEACTIVATED, account -> {
            if (account.requireId() == CurrentUser.require().accountId()) {
                throw InvalidInputException.of("enabled", "account.deactivate.self");
            }
            if (account.getRoles().contains(Role.ADMIN)) {
                requireAnotherAdministrator(account, "enabled");
            }
            account.deactivate();
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reactivate(long accountId, long expectedVersion) {
        change(accountId, expectedVersion, AuditAction.ACCOUNT_REACTIVATED, Account::reactivate);
    }

    /**
     * Gives the account a new one-time temporary password, returned once so the administrator can pass it
     * on; it must be changed at the next login. Also unlocks the account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long accountId, long expectedVersion) {
        String temporary = temporaryPassword();
        change(accountId, expectedVersion, AuditAction.ACCOUNT_PASSWORD_RESET,
                account -> account.resetPassword(passwordEncoder.encode(temporary)));
        return temporary;
    }

    /**
     * Removes the account's second factor (a lost phone): the user sets up a new one at the next login, where
     * their role requires it. The old secret and recovery codes no longer work.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetSecondFactor(long accountId, long expectedVersion) {
        change(accountId, expectedVersion, AuditAction.SECOND_FACTOR_RESET, Account::resetSecondFactor);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long accountId, long expectedVersion) {
        change(accountId, expectedVersion, AuditAction.ACCOUNT_UNLOCKED, Account::unlock);
    }

    /** Everyone changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        BrugUser user = CurrentUser.require();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("current", "password.currentWrong");
        }
        PasswordPolicy.problemWith(newPassword, account.getUsername(),
                List.of(account.getDisplayName(), account.getEmail()))
                .ifPresent(problem -> {
                    throw InvalidInputException.of("password", problem);
                });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("password", "password.sameAsCurrent");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        saved();
        audit.record(AuditAction.PASSWORD_CHANGED, null, account.getUsername());
    }

    /** Whether the signed-in user still has to replace a temporary password (read fresh, not from the session). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentUser.find().flatMap(user -> accounts.findById(user.accountId()))
                .map(Account::isMustChangePassword).orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Pageable pageable) {
        Instant now = clock.instant();
        return accounts.search(text.strip().toLowerCase(Locale.ROOT), pageable).map(a -> summary(a, now));
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
        Instant now = clock.instant();
        return accounts.findByEnabledTrue().stream()
                .filter(account -> account.getRoles().contains(Role.MEDIATOR))
                .map(account -> summary(account, now))
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
    }

    /** Ids of accounts that can no longer work (deactivated), so their cases can be handed on. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public Set<Long> deactivatedAccountIds() {
        return accounts.findByEnabledFalse().stream().map(Account::requireId).collect(Collectors.toSet());
    }

    /** Display names by account id, for showing who did what. */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(Account::requireId, Account::getDisplayName));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(long id) {
        return accounts.findById(id).map(this::summary);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberForCurrentUser(Locale locale) {
        accounts.findById(CurrentUser.require().accountId())
                .ifPresent(account -> account.changePreferredLanguage(locale));
    }

    /**
     * An administrator's change of one account: loaded at the version the administrator saw, changed, written
     * at once (so a concurrent change is caught here) and recorded in the audit trail under the account's name.
     */
    private void change(long accountId, long expectedVersion, AuditAction action, Consumer<Account> change) {
        Account account = load(accountId, expectedVersion);
        change.accept(account);
        saved();
        audit.record(action, null, account.getUsername());
    }

    private Account load(long accountId, long expectedVersion) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new StaleAccountException());
        if (account.getVersion() != expectedVersion) {
            throw new StaleAccountException();
        }
        return account;
    }

    /**
     * Writes the change now, inside the transaction. The version check in {@link #load} cannot see a change
     * that another administrator commits after it ran; the database's version check at this write does, and
     * the user hears "changed meanwhile" instead of meeting an error page or overwriting that change.
     */
    private void saved() {
        try {
            accounts.flush();
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleAccountException(concurrent);
        }
    }

    private void requireAnotherAdministrator(Account account, String field) {
        boolean another = accounts.findByEnabledTrue().stream()
                .anyMatch(other -> other.requireId() != account.requireId() && other.getRoles().contains(Role.ADMIN));
        if (!another) {
            throw InvalidInputException.of(field, "account.lastAdministrator");
        }
    }

    private Account save(NewAccount request, boolean temporaryPassword) {
        AccountInputRules.check(request);
        if (accounts.existsByUsernameKey(Account.keyOf(request.username()))) {
            throw InvalidInputException.of("username", "account.username.taken");
        }
        Account account = new Account(request.username(), request.displayName(), request.email(),
                passwordEncoder.encode(request.password()), request.roles(), clock.instant());
        if (temporaryPassword) {
            account.resetPassword(account.getPasswordHash());
        }
        return accounts.saveAndFlush(account);
    }

    /**
     * 16 random characters (about 92 bits). Drawn again in the rare case the strength estimate finds a word or
     * pattern in it, so that a temporary password always passes the rule a chosen one must pass.
     */
    private String temporaryPassword() {
        while (true) {
            StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
            }
            if (PasswordPolicy.problemWith(password.toString(), "").isEmpty()) {
                return password.toString();
            }
        }
    }

    private AccountSummary summary(Account account) {
        return summary(account, clock.instant());
    }

    /** The entity stays inside the feature; everyone outside sees this record. */
    private static AccountSummary summary(Account account, Instant now) {
        return new AccountSummary(account.requireId(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), account.getRoles(), account.isEnabled(), account.isLocked(now),
                account.isMustChangePassword(), account.hasSecondFactor(), account.getCreatedAt(), account.getLastLoginAt(),
                account.getVersion());
    }
}
