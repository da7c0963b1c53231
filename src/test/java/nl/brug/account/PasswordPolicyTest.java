package nl.brug.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password rule's strength estimate: passwords long enough for the length rule, and in no list of
 * common passwords, that are still easy to guess, each refused with the reason the user is shown.
 */
class PasswordPolicyTest {

    private static final List<String> ANNA = List.of("Anna de Vries", "anna@example.org");

    @Test
    void aRepeatedNameIsRefusedEvenWhenNothingIsKnownAboutThePerson() {
        // The case that passed before: twelve characters, no common password, not the username.
        assertThat(PasswordPolicy.problemWith("annaannaanna", "")).contains("password.weak.repeat");
        assertThat(PasswordPolicy.problemWith("brugbrugbrugbrug", "")).isPresent();
    }

    @Test
    void aRepeatedNameOfThePersonIsRefusedAsTheirName() {
        assertThat(PasswordPolicy.problemWith("annaannaanna", "anna", ANNA)).contains("password.weak.personal");
    }

    @ParameterizedTest
    @CsvSource({
        // the person's own name, username or e-mail address, dressed up
        "AnnaDeVries!!,       password.weak.personal",
        "devries19870214,     password.weak.personal",
        "anna.devries1990,    password.weak.personal",
        // keyboard rows, sequences, dates, repetitions
        "asdfghjkl;'z,        password.weak.keyboard",
        "'zxcvbnm,./qaz',     password.weak.keyboard",
        "abcdefghijklm,       password.weak.sequence",
        "14-02-1987xyz,       password.weak.date",
        "aaaaaaaaaaaaaa,      password.weak.repeat",
        // a common password with a little added, Dutch too
        "Welkom2026!!?,       password.weak.common",
        "Zomer2026!!!?,       password.weak.common",
    })
    void weakPasswordsAreRefusedWithTheirReason(String password, String reason) {
        assertThat(PasswordPolicy.problemWith(password, "anna", ANNA)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kaas-brood-fiets-zon", "paars olifant snel rivier", "Zonnebloem-fiets-42",
        "lange-brug-over-de-ij", "mijn-eigen-brug-2026"})
    void aPassphraseOfUnrelatedWordsIsAccepted(String password) {
        assertThat(PasswordPolicy.problemWith(password, "anna", ANNA)).isEmpty();
        assertThat(PasswordPolicy.estimate(password, ANNA).getEntropy())
                .isGreaterThanOrEqualTo(PasswordPolicy.MIN_ENTROPY_BITS);
    }

    @Test
    void theFirstChecksStillComeFirst() {
        assertThat(PasswordPolicy.problemWith("kort", "anna")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "anna"))
                .contains("password.tooLong");
        assertThat(PasswordPolicy.problemWith("annadevries12", "annadevries12")).contains("password.isUsername");
        assertThat(PasswordPolicy.problemWith("password1234", "anna")).contains("password.common");
    }

    @Test
    void theDemoPasswordWouldNotPassTheRule() {
        // Demo accounts are made without the policy (DemoAccounts); the rule is not bent for them.
        assertThat(PasswordPolicy.problemWith("brug-demo-2026", "anna", List.of("Anna de Vries",
                "anna@demo.brug.example"))).isPresent();
    }
}
