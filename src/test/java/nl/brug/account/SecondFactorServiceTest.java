package nl.brug.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import nl.brug.account.internal.Principals;
import nl.brug.account.internal.Totp;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseSearchService;
import nl.brug.mediationcase.MutableClock;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;
import nl.brug.security.SecondStep;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * The second factor at the service and in the login: who must set it up, that a code is accepted once within one
 * step either side, that wrong codes count towards the lockout, that recovery codes work once, and that a login
 * half done (password only) reaches nothing else.
 */
@BrugSpringTest
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    AccountService accountService;
    @Autowired
    CaseSearchService caseSearch;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatabaseReset database;
    @Autowired
    MutableClock clock;
    @Autowired
    LoginPolicy loginPolicy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessAnnotationChecker accessChecker;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @BeforeEach
    void emptyInstallation() {
        database.clear();
        clock.reset();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The password step, through the login form's AuthenticationManager; the session then holds its result. */
    private BrugUser logIn(String username) throws Exception {
        Authentication result = authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, TestAccounts.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(result);
        return (BrugUser) result.getPrincipal();
    }

    private String codeAt(String username, long stepsFromNow) {
        return Totp.code(accounts.get(username).getTotpSecret(), Totp.stepAt(clock.instant()) + stepsFromNow);
    }

    private List<String> roleAuthorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    private List<String> recoveryCodeHashes() {
        return jdbc.queryForList("select code_hash from account_recovery_code", String.class);
    }

    private long audited(String action, String username) {
        Long count = jdbc.queryForObject("select count(*) from audit_log where action = ? and actor_username = ?",
                Long.class, action, username);
        return count == null ? 0 : count;
    }

    // --- who must set it up --------------------------------------------------------------------------

    @Test
    void supervisorsAndAdministratorsMustSetUpASecondFactorBeforeTheyHoldAnyRole() throws Exception {
        accounts.createWithoutSecondFactor("carla", Role.SUPERVISOR);
        accounts.createWithoutSecondFactor("bram", Role.ADMIN);
        accounts.createWithoutSecondFactor("sanne", Role.MEDIATOR, Role.SUPERVISOR);

        for (String username : List.of("carla", "bram", "sanne")) {
            BrugUser user = logIn(username);
            assertThat(user.secondStep()).as(username).isEqualTo(SecondStep.SET_UP);
            assertThat(user.roles()).as(username).isEmpty();
            assertThat(roleAuthorities()).as(username).isEmpty();
            assertThat(CurrentUser.find()).as("a login half done is nobody signed in").isEmpty();
        }
    }

    @Test
    void aMediatorMaySkipItUnlessItIsRequiredForEveryone() throws Exception {
        accounts.create("anna", Role.MEDIATOR);
        BrugUser anna = logIn("anna");
        assertThat(anna.secondStep()).isEqualTo(SecondStep.NONE_PENDING);
        assertThat(anna.roles()).containsExactly(Role.MEDIATOR);

        // brug.security.second-factor.required-for-everyone=true
        SecondFactorPolicy everyone = new SecondFactorPolicy(true);
        assertThat(Principals.afterPassword(accounts.get("anna"), everyone, clock.instant()).secondStep())
                .isEqualTo(SecondStep.SET_UP);
        assertThat(new SecondFactorPolicy(false).requiredFor(EnumSet.of(Role.MEDIATOR))).isFalse();
        assertThat(new SecondFactorPolicy(false).requiredFor(EnumSet.of(Role.SUPERVISOR))).isTrue();
        assertThat(new SecondFactorPolicy(false).requiredFor(EnumSet.of(Role.ADMIN))).isTrue();
    }

    @Test
    void aMediatorWhoChoosesASecondFactorIsAskedForTheCodeFromThenOn() throws Exception {
        accounts.create("anna", Role.MEDIATOR);
        logIn("anna");
        SecondFactorSetup setup = secondFactor.beginSetup();
        secondFactor.confirmSetup(Totp.code(setup.secret(), Totp.stepAt(clock.instant())));
        assertThat(CurrentUser.require().roles()).as("still signed in").containsExactly(Role.MEDIATOR);

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn("anna").secondStep()).isEqualTo(SecondStep.CODE);
    }

    // --- setting it up -------------------------------------------------------------------------------

    @Test
    void setUpShowsASecretConfirmedByOneCodeThenTenRecoveryCodesAndGrantsTheRoles() throws Exception {
        accounts.createWithoutSecondFactor("bram", Role.ADMIN);
        logIn("bram");

        SecondFactorSetup setup = secondFactor.beginSetup();
        assertThat(setup.secret()).matches("[A-Z2-7]{32}");
        assertThat(setup.uri()).isEqualTo("otpauth://totp/Brug:bram?secret=" + setup.secret()
                + "&issuer=Brug&algorithm=SHA1&digits=6&period=30");
        assertThat(secondFactor.beginSetup()).as("a reload shows the same secret").isEqualTo(setup);

        assertThatThrownBy(() -> secondFactor.confirmSetup("000000")).isInstanceOf(InvalidInputException.class);
        assertThat(roleAuthorities()).isEmpty();

        List<String> recoveryCodes = secondFactor.confirmSetup(Totp.code(setup.secret(), Totp.stepAt(clock.instant())));

        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(recoveryCodeHashes()).hasSize(10)
                .noneMatch(hash -> recoveryCodes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
        assertThat(roleAuthorities()).containsExactly("ROLE_ADMIN");
        assertThat(accountService.count("")).isEqualTo(1);
        assertThat(audited("SECOND_FACTOR_SET_UP", "bram")).isEqualTo(1);
        assertThat(audited("LOGIN_SUCCEEDED", "bram")).isEqualTo(1);
        assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_log", String.class))
                .as("the secret is a credential: never audited").noneMatch(detail -> detail.contains(setup.secret()));
    }

    // --- the code at login ---------------------------------------------------------------------------

    @Test
    void theCodeFromTheAppCompletesTheLoginWithinOneStepEitherSide() throws Exception {
        accounts.create("carla", Role.SUPERVISOR);
        BrugUser pending = logIn("carla");
        assertThat(pending.secondStep()).isEqualTo(SecondStep.CODE);
        assertThat(roleAuthorities()).isEmpty();

        assertThatThrownBy(() -> secondFactor.verify(codeAt("carla", -2))).as("two steps old")
                .isInstanceOf(InvalidInputException.class);
        secondFactor.verify(codeAt("carla", -1));

        assertThat(roleAuthorities()).containsExactly("ROLE_SUPERVISOR");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("FACTOR_PASSWORD", "FACTOR_TOTP");
        assertThat(CurrentUser.require().secondStepPending()).isFalse();
        assertThat(caseSearch.count(CaseFilter.all())).isZero();
        assertThat(audited("LOGIN_SUCCEEDED", "carla")).isEqualTo(1);
        assertThat(accounts.get("carla").getLastLoginAt()).isNotNull();

        logIn("carla");
        secondFactor.verify(codeAt("carla", 1));
        assertThat(roleAuthorities()).containsExactly("ROLE_SUPERVISOR");
    }

    @Test
    void aCodeIsNeverAcceptedTwice() throws Exception {
        accounts.create("carla", Role.SUPERVISOR);
        String code = codeAt("carla", 0);
        logIn("carla");
        secondFactor.verify(code);

        logIn("carla");
        assertThatThrownBy(() -> secondFactor.verify(code)).isInstanceOf(InvalidInputException.class)
                .extracting(thrown -> ((InvalidInputException) thrown).errors().get(0).messageKey())
                .isEqualTo("secondFactor.wrong");
        assertThatThrownBy(() -> secondFactor.verify(codeAt("carla", -1))).as("nor an older one")
                .isInstanceOf(InvalidInputException.class);
        assertThat(roleAuthorities()).isEmpty();
        assertThat(audited("SECOND_FACTOR_FAILED", "carla")).isEqualTo(2);
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndTheRightPasswordDoesNotResetThem() throws Exception {
        accounts.create("carla", Role.SUPERVISOR);
        int max = loginPolicy.maxFailedLogins();
        logIn("carla");
        for (int i = 0; i < max - 1; i++) {
            assertThatThrownBy(() -> secondFactor.verify("000000")).isInstanceOf(InvalidInputException.class);
        }
        assertThat(accounts.get("carla").isLocked(clock.instant())).isFalse();

        // Logging in with the password again does not wipe the wrong codes out.
        logIn("carla");
        assertThatThrownBy(() -> secondFactor.verify("999999")).isInstanceOf(InvalidInputException.class);

        assertThat(accounts.get("carla").isLocked(clock.instant())).isTrue();
        assertThat(audited("SECOND_FACTOR_FAILED", "carla")).isEqualTo(max);
        assertThat(audited("ACCOUNT_LOCKED", "carla")).isEqualTo(1);
        // Locked: even the right code is refused.
        assertThatThrownBy(() -> secondFactor.verify(codeAt("carla", 0))).isInstanceOf(InvalidInputException.class)
                .extracting(thrown -> ((InvalidInputException) thrown).errors().get(0).messageKey())
                .isEqualTo("secondFactor.refused");
        assertThat(roleAuthorities()).isEmpty();
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAppsCode() throws Exception {
        accounts.createWithoutSecondFactor("bram", Role.ADMIN);
        logIn("bram");
        SecondFactorSetup setup = secondFactor.beginSetup();
        List<String> recoveryCodes = secondFactor.confirmSetup(Totp.code(setup.secret(), Totp.stepAt(clock.instant())));

        logIn("bram");
        secondFactor.verify(recoveryCodes.get(3).toUpperCase(java.util.Locale.ROOT));
        assertThat(roleAuthorities()).containsExactly("ROLE_ADMIN");
        assertThat(recoveryCodeHashes()).hasSize(9);
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'RECOVERY_CODE_USED'", String.class))
                .containsExactly("9 left");

        logIn("bram");
        assertThatThrownBy(() -> secondFactor.verify(recoveryCodes.get(3))).as("used up")
                .isInstanceOf(InvalidInputException.class);
        secondFactor.verify(recoveryCodes.get(4));
        assertThat(roleAuthorities()).containsExactly("ROLE_ADMIN");
    }

    // --- a login half done reaches nothing else ------------------------------------------------------

    @Test
    void anAdministratorWithoutAConfirmedSecondFactorCannotReachTheAccounts() throws Exception {
        accounts.createWithoutSecondFactor("bram", Role.ADMIN);
        long bramId = accounts.get("bram").requireId();
        BrugUser pending = logIn("bram");
        secondFactor.beginSetup(); // begun, not confirmed

        assertThatThrownBy(() -> accountService.search("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.createWithTemporaryPassword("eva", "Eva", "eva@example.org",
                Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.resetSecondFactor(bramId, 0)).isInstanceOf(AccessDeniedException.class);
        // Not even what any signed-in user may do.
        assertThatThrownBy(() -> accountService.find(bramId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.displayNames(Set.of(bramId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.verify("123456")).as("no code is asked yet")
                .isInstanceOf(AccessDeniedException.class);

        Class<?> accountsView = Class.forName("nl.brug.account.ui.AccountsView");
        assertThat(accessChecker.hasAccess(accountsView, pending::getUsername,
                role -> pending.roles().stream().anyMatch(held -> held.name().equals(role)))).isFalse();
    }

    @Test
    void aSupervisorWaitingForTheCodeCannotSearchCases() throws Exception {
        accounts.create("carla", Role.SUPERVISOR);
        logIn("carla");
        assertThatThrownBy(() -> caseSearch.count(CaseFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.beginSetup()).as("no second set-up beside the one there is")
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- an administrator's reset --------------------------------------------------------------------

    @Test
    void anAdministratorResetsSomeonesSecondFactorWhoThenSetsUpANewOne() throws Exception {
        accounts.create("carla", Role.SUPERVISOR);
        accounts.create("beheer", Role.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                accounts.signedIn("beheer"), null, accounts.signedIn("beheer").getAuthorities()));
        AccountSummary carla = accountService.find(accounts.get("carla").requireId()).orElseThrow();
        assertThat(carla.secondFactor()).isTrue();

        accountService.resetSecondFactor(carla.id(), carla.version());

        assertThat(accountService.find(carla.id()).orElseThrow().secondFactor()).isFalse();
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'SECOND_FACTOR_RESET'"
                + " and actor_username = 'beheer'", String.class)).containsExactly("carla");
        assertThat(logIn("carla").secondStep()).isEqualTo(SecondStep.SET_UP);
        assertThat(accounts.get("carla").getTotpSecret()).isNull();
    }
}
