package nl.brug.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.account.internal.Account;
import nl.brug.audit.AuditFilter;
import nl.brug.audit.AuditService;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseSearchService;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/**
 * What administrators do with accounts, and the rules that keep logins safe: lockout, the password rule,
 * the forced change after a reset, deactivation, and that each of these is audited.
 */
@BrugSpringTest
class AccountAdministrationTest {

    @Autowired
    AccountService service;
    @Autowired
    AuditService audit;
    @Autowired
    CaseSearchService caseSearch;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatabaseReset database;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    LoginPolicy loginPolicy;

    @BeforeEach
    void clean() {
        // @WithBrugUser sets up its account after this, so the signed-in user survives the reset.
        database.clear();
    }

    private Authentication logIn(String username, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private long auditCount(String action, String username) {
        Long count = jdbc.queryForObject("select count(*) from audit_log where action = ? and actor_username = ?",
                Long.class, action, username);
        return count == null ? 0 : count;
    }

    private long auditCount(String action) {
        Long count = jdbc.queryForObject("select count(*) from audit_log where action = ?", Long.class, action);
        return count == null ? 0 : count;
    }

    private AccountSummary summary(String username) {
        return service.find(accounts.get(username).requireId()).orElseThrow();
    }

    // --- lockout -------------------------------------------------------------------------------------

    @Test
    void theDefaultsAreFiveFailedLoginsAndFifteenMinutes() {
        assertThat(loginPolicy.maxFailedLogins()).isEqualTo(5);
        assertThat(loginPolicy.lockout()).hasMinutes(15);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        accounts.create("kees", Role.MEDIATOR);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> logIn("kees", "verkeerd-wachtwoord")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(summary("kees").locked()).isFalse();
        assertThatThrownBy(() -> logIn("kees", "verkeerd-wachtwoord")).isInstanceOf(BadCredentialsException.class);
        assertThat(summary("kees").locked()).isTrue();
        assertThat(auditCount("ACCOUNT_LOCKED", "kees")).isEqualTo(1);
        assertThat(auditCount("LOGIN_FAILED", "kees")).isEqualTo(5);

        // Locked: even the right password is refused (the login page shows the same generic sentence).
        assertThatThrownBy(() -> logIn("kees", TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);

        service.unlock(summary("kees").id(), summary("kees").version());
        assertThat(logIn("kees", TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(auditCount("ACCOUNT_UNLOCKED", "beheer")).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
        accounts.create("els", Role.MEDIATOR);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> logIn("els", "verkeerd")).isInstanceOf(AuthenticationException.class);
        }
        logIn("els", TestAccounts.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> logIn("els", "verkeerd")).isInstanceOf(AuthenticationException.class);
        }
        assertThat(accounts.get("els").isLocked(java.time.Instant.now())).isFalse();
    }

    @Test
    void anUnknownUsernameIsAuditedButLocksNothing() {
        assertThatThrownBy(() -> logIn("niemand", "verkeerd")).isInstanceOf(BadCredentialsException.class);
        assertThat(auditCount("LOGIN_FAILED", "niemand")).isEqualTo(1);
    }

    // --- the password rule ---------------------------------------------------------------------------

    @Test
    void thePasswordRuleRefusesShortUsernameAndCommonPasswords() {
        assertThat(PasswordPolicy.problemWith("kort", "anna")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemWith("annadevries12", "annadevries12")).contains("password.isUsername");
        assertThat(PasswordPolicy.problemWith("password1234", "anna")).contains("password.common");
        assertThat(PasswordPolicy.problemWith("Wachtwoord123", "anna")).as("Dutch list, any case")
                .contains("password.common");
        assertThat(PasswordPolicy.problemWith("brug-over-de-amstel", "anna")).isEmpty();
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void changingOnesOwnPasswordNeedsTheCurrentOneAndTheRule() throws Exception {
        InvalidInputException wrongCurrent = catchThrowableOfType(InvalidInputException.class,
                () -> service.changeOwnPassword("niet-het-huidige", "brug-over-de-amstel"));
        assertThat(wrongCurrent.fieldMessageKeys()).containsEntry("current", "password.currentWrong");
        InvalidInputException common = catchThrowableOfType(InvalidInputException.class,
                () -> service.changeOwnPassword(TestAccounts.PASSWORD, "password1234"));
        assertThat(common.fieldMessageKeys()).containsEntry("password", "password.common");

        service.changeOwnPassword(TestAccounts.PASSWORD, "brug-over-de-amstel");
        assertThat(logIn("anna", "brug-over-de-amstel").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn("anna", TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(auditCount("PASSWORD_CHANGED", "anna")).isEqualTo(1);
    }

    // --- creating and resetting: the temporary password ----------------------------------------------

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void aNewAccountLogsInWithItsTemporaryPasswordHoldingNoRoleUntilItChoosesItsOwn() throws Exception {
        CreatedAccount created = service.createWithTemporaryPassword("fatima", "Fatima de Jong", "fatima@example.org",
                EnumSet.of(Role.MEDIATOR));
        assertThat(created.temporaryPassword()).hasSize(16);
        assertThat(accounts.get("fatima").getPasswordHash()).doesNotContain(created.temporaryPassword());
        assertThat(created.account().mustChangePassword()).isTrue();
        assertThat(auditCount("ACCOUNT_CREATED", "beheer")).isEqualTo(1);

        Authentication first = logIn("fatima", created.temporaryPassword());
        BrugUser temporary = (BrugUser) first.getPrincipal();
        assertThat(temporary.passwordChangeRequired()).isTrue();
        assertThat(temporary.roles()).isEmpty();

        // With the temporary password the services refuse her case work: it is not just a redirect.
        SecurityContextHolder.getContext().setAuthentication(first);
        assertThatThrownBy(() -> caseSearch.count(CaseFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mustChangePassword()).isTrue();

        service.changeOwnPassword(created.temporaryPassword(), "mijn-eigen-brug-2026");
        BrugUser afterwards = (BrugUser) logIn("fatima", "mijn-eigen-brug-2026").getPrincipal();
        assertThat(afterwards.passwordChangeRequired()).isFalse();
        assertThat(afterwards.roles()).containsExactly(Role.MEDIATOR);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void resettingGivesANewTemporaryPasswordAndUnlocks() throws Exception {
        accounts.create("kees", Role.MEDIATOR);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn("kees", "verkeerd")).isInstanceOf(AuthenticationException.class);
        }
        assertThat(summary("kees").locked()).isTrue();

        String temporary = service.resetPassword(summary("kees").id(), summary("kees").version());

        assertThat(summary("kees").locked()).isFalse();
        assertThat(summary("kees").mustChangePassword()).isTrue();
        assertThatThrownBy(() -> logIn("kees", TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(((BrugUser) logIn("kees", temporary).getPrincipal()).passwordChangeRequired()).isTrue();
        assertThat(auditCount("ACCOUNT_PASSWORD_RESET", "beheer")).isEqualTo(1);
    }

    // --- roles and deactivation ----------------------------------------------------------------------

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void rolesChangeAndAStaleVersionIsRefused() {
        accounts.create("kees", Role.MEDIATOR);
        AccountSummary before = summary("kees");
        service.changeRoles(before.id(), before.version(), EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR));
        assertThat(summary("kees").roles()).containsExactlyInAnyOrder(Role.MEDIATOR, Role.SUPERVISOR);
        assertThat(auditCount("ACCOUNT_ROLES_CHANGED", "beheer")).isEqualTo(1);

        assertThatThrownBy(() -> service.changeRoles(before.id(), before.version(), EnumSet.of(Role.ADMIN)))
                .isInstanceOf(StaleAccountException.class);
        assertThat(summary("kees").roles()).containsExactlyInAnyOrder(Role.MEDIATOR, Role.SUPERVISOR);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void aDeactivatedAccountCannotLogInUntilReactivated() throws Exception {
        accounts.create("kees", Role.MEDIATOR);
        service.deactivate(summary("kees").id(), summary("kees").version());
        assertThat(summary("kees").enabled()).isFalse();
        assertThatThrownBy(() -> logIn("kees", TestAccounts.PASSWORD)).isInstanceOf(AuthenticationException.class);

        service.reactivate(summary("kees").id(), summary("kees").version());
        assertThat(logIn("kees", TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(auditCount("ACCOUNT_DEACTIVATED", "beheer")).isEqualTo(1);
        assertThat(auditCount("ACCOUNT_REACTIVATED", "beheer")).isEqualTo(1);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void theLastAdministratorCanNeitherBeDeactivatedNorLoseTheRole() {
        Account other = accounts.create("enige", Role.ADMIN);
        // Two administrators: deactivating the other is fine; then the signed-in "beheer" is the last one.
        service.deactivate(other.requireId(), summary("enige").version());
        AccountSummary me = summary("beheer");
        InvalidInputException self = catchThrowableOfType(InvalidInputException.class,
                () -> service.deactivate(me.id(), me.version()));
        assertThat(self.fieldMessageKeys()).containsKey("enabled");
        InvalidInputException lastRole = catchThrowableOfType(InvalidInputException.class,
                () -> service.changeRoles(me.id(), me.version(), Set.of(Role.SUPERVISOR)));
        assertThat(lastRole.fieldMessageKeys()).containsEntry("roles", "account.lastAdministrator");
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void onlyAnAdministratorManagesAccounts() {
        long id = accounts.get("anna").requireId();
        List<Runnable> calls = List.of(
                () -> service.createWithTemporaryPassword("x", "X", "x@example.org", Set.of(Role.MEDIATOR)),
                () -> service.changeRoles(id, 0, Set.of(Role.ADMIN)),
                () -> service.deactivate(id, 0),
                () -> service.reactivate(id, 0),
                () -> service.resetPassword(id, 0),
                () -> service.unlock(id, 0));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    // --- audit ---------------------------------------------------------------------------------------

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void theAuditLogIsFilteredAndExportedAndTheExportIsItselfAudited() throws Exception {
        accounts.create("kees", Role.MEDIATOR);
        logIn("kees", TestAccounts.PASSWORD);
        assertThatThrownBy(() -> logIn("kees", "verkeerd")).isInstanceOf(AuthenticationException.class);

        AuditFilter keesOnly = new AuditFilter("kees", null, "", null, null);
        assertThat(audit.count(keesOnly)).isEqualTo(2);
        assertThat(audit.count(new AuditFilter("kees", nl.brug.audit.AuditAction.LOGIN_FAILED, "", null, null)))
                .isEqualTo(1);

        StringWriter csv = new StringWriter();
        audit.exportCsv(keesOnly, Locale.of("nl"), csv);
        assertThat(csv.toString().substring(1).lines().toList()).hasSize(3)
                .first().isEqualTo("Tijd;Gebruiker;Handeling;Zaak;Details;Adres;Handeling (code);Details (code)");
        assertThat(csv.toString()).contains(";Ingelogd;").contains(";LOGIN_SUCCEEDED;")
                .contains(";Inloggen mislukt;").contains("Reden: onbekende gebruikersnaam of onjuist wachtwoord")
                .contains(";LOGIN_FAILED;BadCredentialsException");
        assertThat(auditCount("EXPORT", "beheer")).isEqualTo(1);
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void onlyAnAdministratorReadsTheAuditLog() {
        assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.all(), Locale.of("nl"), new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditCount("EXPORT")).isZero();
    }
}
