package nl.brug.mediationcase.supervision;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.Account;
import nl.brug.account.internal.AccountRepository;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * What the review tests share: an empty database, people with roles, signing in as one of them, and a case
 * taken to the point a test starts from. Plain class (not a bean), built from the test's injected beans.
 */
final class ReviewTestSupport {

    /** Children before parents, so every foreign key is satisfied while deleting. */
    private static final List<String> TABLES = nl.brug.testsupport.DatabaseReset.TABLES_IN_DELETE_ORDER;

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final CaseService cases;
    private final String passwordHash;

    ReviewTestSupport(JdbcTemplate jdbc, AccountRepository accounts, PasswordEncoder encoder, CaseService cases) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cases = cases;
        // One hash for everyone: nobody logs in here, and hashing is deliberately slow.
        this.passwordHash = encoder.encode("not-used-for-login");
    }

    void cleanDatabase() {
        SecurityContextHolder.clearContext();
        TABLES.forEach(table -> jdbc.update("delete from " + table));
    }

    BrugUser person(String username, Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first, more);
        Account saved = accounts.saveAndFlush(new Account(username, displayName(username), username + "@brug.test",
                passwordHash, roles, Instant.now()));
        return new BrugUser(saved.requireId(), saved.getUsername(), saved.getDisplayName(), roles, "x", true, true,
                false, null);
    }

    static String displayName(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }

    void signIn(BrugUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Registers a case as the signed-in user: a mediator becomes its lead, a supervisor's waits for one. */
    String register(String title) {
        return cases.register(new CaseRegistration(CaseOverview.of(title, CaseKind.HORIZONTAL, Theme.NOISE,
                Source.PARTY_ITSELF), List.of(PartyData.person("Fatima de Jong", PartyRole.REQUESTING_PARTY))));
    }

    /** Closes the case as the signed-in mediator: not suitable, found at registration. */
    void close(String reference) {
        cases.transition(reference, version(reference),
                TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Niet geschikt voor bemiddeling."));
    }

    /** A case registered and closed by this mediator, who is its lead; the review starts here. */
    String closedCaseOf(BrugUser mediator, String title) {
        signIn(mediator);
        String reference = register(title);
        close(reference);
        return reference;
    }

    long version(String reference) {
        return cases.details(reference).version();
    }

    /** Audit rows of case changes whose detail starts with the given text. */
    List<String> changesRecorded(String reference, String detailPrefix) {
        return jdbc.queryForList("select detail from audit_log where action = 'CASE_CHANGED' and case_reference = ?"
                + " and detail like ? order by id", String.class, reference, detailPrefix + "%");
    }
}
