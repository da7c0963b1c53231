package nl.brug.testsupport;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.Account;
import nl.brug.account.internal.AccountRepository;
import nl.brug.security.Role;

/**
 * Creates accounts straight through the repository (bypassing the service's security), so a test can set
 * up "an administrator and two mediators exist" in one line. Every account gets {@link #PASSWORD}.
 */
public class TestAccounts {

    /** The password of every account made here: long enough for the password policy. */
    public static final String PASSWORD = "test-password-2026";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private String passwordHash = "";

    public TestAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A new enabled account; its display name is the username with a capital, its e-mail made up. */
    public Account create(String username, Role first, Role... more) {
        return create(username, displayNameFor(username), EnumSet.of(first, more));
    }

    public Account create(String username, String displayName, Set<Role> roles) {
        Account account = new Account(username, displayName, username + "@test.brug.example", hashOfPassword(),
                roles, clock.instant());
        return accounts.saveAndFlush(account);
    }

    /** A new account that an administrator has deactivated. */
    public Account createDisabled(String username, Role first, Role... more) {
        Account account = create(username, first, more);
        account.deactivate();
        return accounts.saveAndFlush(account);
    }

    /** The account with this username if it exists (with these roles), else a new one. */
    public Account ensure(String username, String displayName, Set<Role> roles) {
        Optional<Account> existing = accounts.findByUsernameKey(Account.keyOf(username));
        if (existing.isEmpty()) {
            return create(username, displayName, roles);
        }
        Account account = existing.get();
        if (!account.getRoles().equals(roles)) {
            account.changeRoles(roles);
            account = accounts.saveAndFlush(account);
        }
        return account;
    }

    /** The account as it is in the database now (case-insensitive username). */
    public Optional<Account> find(String username) {
        return accounts.findByUsernameKey(Account.keyOf(username));
    }

    public Account get(String username) {
        return find(username).orElseThrow(() -> new AssertionError("No account " + username));
    }

    public List<Account> all() {
        return accounts.findAll();
    }

    public long count() {
        return accounts.count();
    }

    public static String displayNameFor(String username) {
        return username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
    }

    /** bcrypt is slow on purpose; hash the one test password once. */
    private synchronized String hashOfPassword() {
        if (passwordHash.isEmpty()) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
