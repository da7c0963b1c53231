package nl.brug.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import nl.brug.account.internal.Account;
import nl.brug.base.InvalidInputException;
import nl.brug.security.BrugUser;
import nl.brug.security.NotSignedInException;
import nl.brug.security.Role;
import nl.brug.security.SecondStep;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

@BrugSpringTest
class AccountServiceTest {

    private static final String GOOD_PASSWORD = "lange-brug-over-de-ij";

    @Autowired
    AccountService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatabaseReset database;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @BeforeEach
    void emptyInstallation() {
        database.clear();
    }

    private static NewAccount admin(String username) {
        return new NewAccount(username, "Bram de Beheerder", "bram@example.org", GOOD_PASSWORD, Set.of(Role.ADMIN));
    }

    private Authentication logIn(String username, String password) throws Exception {
        // The same AuthenticationManager the login form's filter delegates to.
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    // --- first administrator -------------------------------------------------------------------------

    @Test
    void setupIsNeededOnlyWhileNoAccountExists() {
        assertThat(service.setupNeeded()).isTrue();
        accounts.create("anna", Role.MEDIATOR);
        assertThat(service.setupNeeded()).isFalse();
    }

    @Test
    void firstAdministratorIsCreatedOnAnEmptyInstallationOnly() {
        AccountSummary first = service.createFirstAdministrator(admin("bram"));

        assertThat(first.username()).isEqualTo("bram");
        assertThat(first.displayName()).isEqualTo("Bram de Beheerder");
        assertThat(first.roles()).containsExactly(Role.ADMIN);
        assertThat(first.enabled()).isTrue();
        assertThat(service.setupNeeded()).isFalse();

        assertThatThrownBy(() -> service.createFirstAdministrator(admin("mallory")))
                .isInstanceOf(SetupClosedException.class);
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.find("mallory")).isEmpty();
    }

    @Test
    void setupIsClosedEvenWhenTheOnlyAccountIsNoAdministrator() {
        accounts.create("anna", Role.MEDIATOR);

        assertThatThrownBy(() -> service.createFirstAdministrator(admin("bram")))
                .isInstanceOf(SetupClosedException.class);
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void firstAdministratorAlwaysGetsTheAdministratorRoleOnly() {
        NewAccount askingForMore = new NewAccount("bram", "Bram", "bram@example.org", GOOD_PASSWORD,
                EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR));

        service.createFirstAdministrator(askingForMore);

        assertThat(accounts.get("bram").getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void passwordIsStoredAsBcryptHashOnly() {
        service.createFirstAdministrator(admin("bram"));

        Account stored = accounts.get("bram");
        assertThat(stored.getPasswordHash())
                .isNotEqualTo(GOOD_PASSWORD)
                .doesNotContain(GOOD_PASSWORD)
                .startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD + "x", stored.getPasswordHash())).isFalse();
    }

    // --- invalid input -------------------------------------------------------------------------------

    @Test
    void shortPasswordIsRefusedAndNothingSaved() {
        NewAccount request = new NewAccount("bram", "Bram", "bram@example.org", "kort-11tkns", Set.of(Role.ADMIN));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.createFirstAdministrator(request));

        assertThat(refusal.fieldMessageKeys()).containsExactly(Map.entry("password", "password.tooShort"));
        assertThat(accounts.count()).isZero();
        assertThat(service.setupNeeded()).isTrue();
    }

    @Test
    void passwordEqualToTheUsernameIsRefusedWhateverItsCase() {
        NewAccount request = new NewAccount("bemiddelaar.noord", "Bram", "bram@example.org", "Bemiddelaar.Noord",
                Set.of(Role.ADMIN));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.createFirstAdministrator(request));

        assertThat(refusal.fieldMessageKeys()).containsExactly(Map.entry("password", "password.isUsername"));
        assertThat(accounts.count()).isZero();
    }

    @Test
    void badEmailBadUsernameAndEmptyNameAreAllReportedAtOnce() {
        NewAccount request = new NewAccount("b r", " ", "bram-at-example.org", GOOD_PASSWORD, Set.of(Role.ADMIN));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.createFirstAdministrator(request));

        assertThat(refusal.fieldMessageKeys()).containsOnly(
                Map.entry("username", "account.username.invalid"),
                Map.entry("displayName", "account.displayName.invalid"),
                Map.entry("email", "account.email.invalid"));
        assertThat(accounts.count()).isZero();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void usernameMustBeUniqueIgnoringCase() {
        accounts.create("Anna", Role.MEDIATOR);
        long before = accounts.count();

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(new NewAccount("aNNA", "Another Anna", "anna2@example.org", GOOD_PASSWORD,
                        Set.of(Role.MEDIATOR))));

        assertThat(refusal.fieldMessageKeys()).containsExactly(Map.entry("username", "account.username.taken"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void accountWithoutRoleIsRefused() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(new NewAccount("anna", "Anna", "anna@example.org", GOOD_PASSWORD, Set.of())));

        assertThat(refusal.fieldMessageKeys()).containsExactly(Map.entry("roles", "account.roles.required"));
        assertThat(accounts.find("anna")).isEmpty();
    }

    // --- logging in ----------------------------------------------------------------------------------

    @Test
    void loginWorksWithTheRightPasswordAndIgnoresTheCaseOfTheUsername() throws Exception {
        service.createFirstAdministrator(admin("Bram.Admin"));

        Authentication result = logIn("bRAM.aDMIN", GOOD_PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(BrugUser.class, user -> {
            assertThat(user.username()).isEqualTo("Bram.Admin");
            assertThat(user.accountId()).isEqualTo(accounts.get("bram.admin").requireId());
            // An administrator's password alone grants nothing: the second factor is to be set up first
            // (SecondFactorServiceTest follows the login to the end).
            assertThat(user.secondStep()).isEqualTo(SecondStep.SET_UP);
            assertThat(user.roles()).isEmpty();
        });
        // Spring Security 7 adds a FACTOR_PASSWORD authority; no role until the second step.
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_")).isEmpty();
    }

    @Test
    void loginWithAWrongPasswordFails() {
        service.createFirstAdministrator(admin("bram"));

        assertThatThrownBy(() -> logIn("bram", GOOD_PASSWORD.toUpperCase(Locale.ROOT)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("bram", ""))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void loginWithAnUnknownUsernameFailsLikeAWrongPassword() {
        service.createFirstAdministrator(admin("bram"));

        assertThatThrownBy(() -> logIn("nobody", GOOD_PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledAccountCannotLogInEvenWithTheRightPassword() {
        accounts.createDisabled("anna", Role.MEDIATOR);

        assertThatThrownBy(() -> logIn("anna", TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class)
                .isInstanceOfAny(DisabledException.class, BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("anna", TestAccounts.PASSWORD))
                .isInstanceOfAny(AccountStatusException.class, BadCredentialsException.class);
        assertThat(accounts.get("anna").getLastLoginAt()).isNull();
    }

    @Test
    void successfulLoginRecordsTheLastLoginTime() throws Exception {
        accounts.create("anna", Role.MEDIATOR);
        assertThat(accounts.get("anna").getLastLoginAt()).isNull();
        Instant before = Instant.now();

        logIn("anna", TestAccounts.PASSWORD);

        Instant recorded = accounts.get("anna").getLastLoginAt();
        assertThat(recorded).isNotNull().isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void failedLoginRecordsNoLoginTime() {
        accounts.create("anna", Role.MEDIATOR);

        assertThatThrownBy(() -> logIn("anna", "not-the-password")).isInstanceOf(BadCredentialsException.class);

        assertThat(accounts.get("anna").getLastLoginAt()).isNull();
    }

    // --- who may do what -----------------------------------------------------------------------------

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void aMediatorMayNotListOrCreateAccounts() {
        assertThatThrownBy(() -> service.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(new NewAccount("sneaky", "Sneaky", "s@example.org", GOOD_PASSWORD,
                Set.of(Role.ADMIN)))).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.find("sneaky")).isEmpty();
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void aSupervisorMayNotListAccounts() {
        assertThatThrownBy(() -> service.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInMayNotListAccounts() {
        assertThatThrownBy(() -> service.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    @WithBrugUser(username = "beheer", displayName = "Bram Beheer", roles = Role.ADMIN)
    void anAdministratorSearchesAccountsByNameUsernameOrEmailIgnoringCase() {
        accounts.create("anna", "Anna de Vries", Set.of(Role.MEDIATOR));
        accounts.create("youssef", "Youssef El Amrani", Set.of(Role.MEDIATOR));

        Page<AccountSummary> all = service.search("", PageRequest.of(0, 10, Sort.by("usernameKey")));
        assertThat(all.getContent()).extracting(AccountSummary::username)
                .containsExactly("anna", "beheer", "youssef");
        assertThat(service.count("")).isEqualTo(3);

        assertThat(service.search("  VRIES ", PageRequest.of(0, 10)).getContent())
                .extracting(AccountSummary::username).containsExactly("anna");
        assertThat(service.search("youssef@TEST", PageRequest.of(0, 10)).getContent())
                .extracting(AccountSummary::username).containsExactly("youssef");
        assertThat(service.count("nobody-matches")).isZero();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void anAdministratorCreatesAccountsWithTheirRoles() {
        AccountSummary created = service.create(new NewAccount(" sanne ", "Sanne Bakker", "sanne@example.org",
                GOOD_PASSWORD, EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR)));

        assertThat(created.username()).isEqualTo("sanne");
        assertThat(accounts.get("SANNE").getRoles()).containsExactlyInAnyOrder(Role.MEDIATOR, Role.SUPERVISOR);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theLanguagePreferenceNeedsARealBrugUser() {
        assertThatThrownBy(() -> service.rememberForCurrentUser(Locale.ENGLISH))
                .isInstanceOf(NotSignedInException.class);
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void theChosenLanguageIsStoredWithTheAccount() {
        assertThat(accounts.get("anna").getPreferredLocale()).isNull();

        service.rememberForCurrentUser(Locale.UK);

        assertThat(accounts.get("anna").getPreferredLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void enabledMediatorsAreListedByNameForChoosingWhoWorksACase() {
        accounts.create("youssef", "Youssef El Amrani", Set.of(Role.MEDIATOR));
        accounts.create("anna", "anna de Vries", Set.of(Role.MEDIATOR));
        accounts.createDisabled("oud", Role.MEDIATOR);
        accounts.create("beheer", Role.ADMIN);

        assertThat(service.enabledMediators()).extracting(AccountSummary::username)
                .containsExactly("anna", "youssef");
    }
}
