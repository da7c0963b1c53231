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
import nl.brug.account.internal.Principals;
import nl.brug.account.internal.Totp;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * Creates accounts straight through the repository (bypassing the service's security), so a test can set
 * up "an administrator and two mediators exist" in one line. Every account gets {@link #PASSWORD}; supervisors
 * and administrators (who must log in with a second factor) get the authenticator secret {@link #TOTP_SECRET},
 * set up and confirmed, so a browser journey computes their code with {@link #nextCode(String)}.
 */
public class TestAccounts {

    /** The password of every account made here: long enough for the password policy. */
    public static final String PASSWORD = "test-password-2026";
    /** The authenticator secret of every supervisor and administrator made here (Base32). */
    public static final String TOTP_SECRET = "KRSXG5CTMVRXEZDBOJSWI3DBNZTQ";

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
        if (roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN)) {
            enrol(account);
        }
        return accounts.saveAndFlush(account);
    }

    /** A supervisor or administrator who has not set up the second factor yet (as after a reset). */
    public Account createWithoutSecondFactor(String username, Role first, Role... more) {
        Account account = new Account(username, displayNameFor(username), username + "@test.brug.example",
                hashOfPassword(), EnumSet.of(first, more), clock.instant());
        return accounts.saveAndFlush(account);
    }

    /**
     * The user as Spring Security holds them once the whole login is done (password and, where it applies, the
     * second factor): for tests that sign someone in without the login form.
     */
    public BrugUser signedIn(String username) {
        return Principals.signedIn(get(username), clock.instant());
    }

    /**
     * The code the authenticator app shows now for this account, or the next step's if now's was used already
     * (Brug accepts one step either side and never one code twice).
     */
    public String nextCode(String username) {
        Account account = get(username);
        Long last = account.getTotpLastStep();
        long step = Math.max(Totp.stepAt(clock.instant()), last == null ? Long.MIN_VALUE : last + 1);
        return Totp.code(java.util.Objects.requireNonNull(account.getTotpSecret(), "no second factor"), step);
    }

    /** The code an authenticator app shows now for a secret, read on Brug's pages: for Brug running elsewhere. */
    public static String codeNow(String secret) {
        return Totp.code(secret, Totp.stepAt(java.time.Instant.now()));
    }

    private void enrol(Account account) {
        account.beginSecondFactor(TOTP_SECRET);
        account.confirmSecondFactor(clock.instant(), 0, Set.of());
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
            if ((roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN)) && !account.hasSecondFactor()) {
                enrol(account);
            }
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
