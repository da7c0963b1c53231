package nl.brug.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.Account;
import nl.brug.base.InvalidInputException;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/**
 * The strength estimate applies wherever a password is chosen, in the service (the authority), not only in
 * the forms: the first administrator, an administrator's new account, one's own new password. A generated
 * temporary password passes the same rule.
 */
@BrugSpringTest
class PasswordStrengthTest {

    @Autowired
    AccountService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatabaseReset database;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void emptyInstallation() {
        database.clear();
    }

    @Test
    void theFirstAdministratorCannotChooseARepeatedName() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.createFirstAdministrator(new NewAccount("anna", "Anna de Vries", "anna@example.org",
                        "annaannaanna", Set.of(Role.ADMIN))));

        assertThat(refusal.fieldMessageKeys()).containsExactly(Map.entry("password", "password.weak.personal"));
        assertThat(accounts.count()).isZero();
    }

    @Test
    void theFirstAdministratorCannotBuildAPasswordFromTheirEmailAddress() {
        // Neither the username nor the name says "bestuur"; the e-mail address does.
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.createFirstAdministrator(new NewAccount("bram", "Bram", "bestuur.noord@example.org",
                        "BestuurNoord2026", Set.of(Role.ADMIN))));

        assertThat(refusal.fieldMessageKeys()).containsEntry("password", "password.weak.personal");
    }

    @Test
    @WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
    void onesOwnNewPasswordMustBeHardToGuess() {
        for (String weak : List.of("annaannaanna", "qwertyuiopasdf", "14-02-1987-2020", "Welkom2026!!?",
                "AnnaDeVries!!")) {
            InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                    () -> service.changeOwnPassword(TestAccounts.PASSWORD, weak));
            assertThat(refusal).as(weak).isNotNull();
            assertThat(refusal.fieldMessageKeys().get("password")).as(weak).startsWith("password.");
        }
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, accounts.get("anna").getPasswordHash()))
                .as("nothing changed").isTrue();

        service.changeOwnPassword(TestAccounts.PASSWORD, "paars olifant snel rivier");

        assertThat(passwordEncoder.matches("paars olifant snel rivier", accounts.get("anna").getPasswordHash())).isTrue();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void anAdministratorCannotGiveAWeakPasswordEither() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(new NewAccount("kees", "Kees Visser", "kees@example.org", "keesvisser1990",
                        Set.of(Role.MEDIATOR))));

        assertThat(refusal.fieldMessageKeys()).containsEntry("password", "password.weak.personal");
        assertThat(accounts.find("kees")).isEmpty();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void everyTemporaryPasswordPassesTheRule() {
        for (int i = 0; i < 20; i++) {
            String username = "tijdelijk" + i;
            CreatedAccount created = service.createWithTemporaryPassword(username, "Tijdelijk " + i,
                    username + "@example.org", EnumSet.of(Role.MEDIATOR));
            assertThat(PasswordPolicy.problemWith(created.temporaryPassword(), username,
                    List.of("Tijdelijk " + i, username + "@example.org"))).as(created.temporaryPassword()).isEmpty();

            Account account = accounts.get(username);
            String reset = service.resetPassword(account.requireId(), account.getVersion());
            assertThat(PasswordPolicy.problemWith(reset, username)).as(reset).isEmpty();
        }
    }
}
