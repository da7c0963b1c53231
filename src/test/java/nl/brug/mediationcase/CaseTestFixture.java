package nl.brug.mediationcase;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.Account;
import nl.brug.account.internal.AccountRepository;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * Test support for the case feature: accounts, acting as a user, an empty database per test, and the clock.
 * Registered only by {@link CaseTestConfiguration}, never by component scanning.
 */
public class CaseTestFixture {

    /** Child tables first, so deleting never trips a foreign key: the one list kept in DatabaseReset. */
    private static final List<String> TABLES_IN_DELETE_ORDER = nl.brug.testsupport.DatabaseReset.TABLES_IN_DELETE_ORDER;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private volatile String passwordHash;

    public CaseTestFixture(AccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc, MutableClock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Call before each test: nobody signed in, the default date, and no cases or accounts. */
    public void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
        TABLES_IN_DELETE_ORDER.forEach(table -> jdbc.sql("delete from " + table).update());
    }

    public MutableClock clock() {
        return clock;
    }

    // --- accounts ------------------------------------------------------------------------------------

    public BrugUser account(String username, String displayName, Role first, Role... more) {
        return save(username, displayName, EnumSet.of(first, more), true);
    }

    public BrugUser mediator(String username, String displayName) {
        return account(username, displayName, Role.MEDIATOR);
    }

    public BrugUser supervisor(String username, String displayName) {
        return account(username, displayName, Role.SUPERVISOR);
    }

    public BrugUser admin(String username, String displayName) {
        return account(username, displayName, Role.ADMIN);
    }

    public BrugUser disabledMediator(String username, String displayName) {
        return save(username, displayName, EnumSet.of(Role.MEDIATOR), false);
    }

    private BrugUser save(String username, String displayName, Set<Role> roles, boolean enabled) {
        Account account = new Account(username, displayName, username + "@test.brug.example", hash(), roles,
                clock.instant());
        if (!enabled) {
            account.deactivate();
        }
        Account saved = accounts.saveAndFlush(account);
        return new BrugUser(saved.requireId(), saved.getUsername(), saved.getDisplayName(), saved.getRoles(),
                saved.getPasswordHash(), enabled, true, false, null);
    }

    /** bcrypt is slow on purpose; one hash serves every test account. */
    private String hash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = passwordEncoder.encode("not-used-in-these-tests");
            passwordHash = hash;
        }
        return hash;
    }

    // --- acting as someone ---------------------------------------------------------------------------

    /** Signs the user in on this thread until {@link #signOut()} or the next {@link #reset()}. */
    public void signIn(BrugUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the work as the user on this thread, then puts back whoever was signed in before. */
    public <T> T as(BrugUser user, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        signIn(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void run(BrugUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    // --- reading the database directly ---------------------------------------------------------------

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
