package nl.brug.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.account.internal.Account;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class SetupViewTest extends SpringBrowserlessTest {

    private static final String GOOD_PASSWORD = "lange-brug-over-de-ij";

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void emptyInstallation() {
        database.clear();
        UI.getCurrent().navigate("setup");
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    private TextField textField(String label) {
        return $(TextField.class).withLabel(label).single();
    }

    private PasswordField passwordField(String label) {
        return $(PasswordField.class).withLabel(label).single();
    }

    private void fillIn(String name, String username, String email, String password, String repeat) {
        test(textField("Naam")).setValue(name);
        test(textField("Gebruikersnaam")).setValue(username);
        test($(EmailField.class).withLabel("E-mailadres").single()).setValue(email);
        test(passwordField("Wachtwoord")).setValue(password);
        test(passwordField("Wachtwoord herhalen")).setValue(repeat);
    }

    private void clickCreate() {
        test($(Button.class).withText("Beheerder aanmaken").single()).click();
    }

    @Test
    void theSetupPageSpeaksDutch() {
        assertThat(((SetupView) getCurrentView()).getPageTitle()).isEqualTo("Brug inrichten");
        assertThat(textField("Gebruikersnaam").getHelperText()).startsWith("Letters, cijfers");
    }

    @Test
    void everyFieldIsMarkedRequiredAndAnEmptyOneIsNamedInWords() {
        assertThat(List.<HasValue<?, ?>>of(textField("Naam"), textField("Gebruikersnaam"),
                $(EmailField.class).single(), passwordField("Wachtwoord"), passwordField("Wachtwoord herhalen")))
                .allMatch(HasValue::isRequiredIndicatorVisible);
        assertThat(textField("Naam").getI18n().getRequiredErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(passwordField("Wachtwoord herhalen").getI18n().getRequiredErrorMessage())
                .isEqualTo("Vul dit veld in.");
    }

    @Test
    void aShortPasswordAndADifferentRepeatAreShownNextToTheirFieldsAndNothingIsCreated() {
        fillIn("Bram de Beheerder", "bram", "bram@example.org", "kort", "anders");

        clickCreate();

        PasswordField password = passwordField("Wachtwoord");
        PasswordField repeat = passwordField("Wachtwoord herhalen");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens hebben.");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De wachtwoorden zijn niet gelijk.");
        assertThat(textField("Naam").isInvalid()).isFalse();
        assertThat(textField("Gebruikersnaam").isInvalid()).isFalse();

        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
        assertThat(accounts.count()).isZero();
    }

    @Test
    void aPasswordEqualToTheUsernameIsRefusedNextToThePassword() {
        fillIn("Bram", "bemiddelaar.noord", "bram@example.org", "Bemiddelaar.Noord", "Bemiddelaar.Noord");

        clickCreate();

        assertThat(passwordField("Wachtwoord").getErrorMessage())
                .isEqualTo("Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam.");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void aPasswordThatIsEasyToGuessIsRefusedNextToThePasswordWithTheReason() {
        fillIn("Anna de Vries", "anna", "anna@example.org", "annaannaanna", "annaannaanna");

        clickCreate();

        PasswordField password = passwordField("Wachtwoord");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Dit wachtwoord is gemaakt van uw naam, gebruikersnaam");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void emptyFieldsAndABadEmailAreShownNextToTheirFields() {
        fillIn("", "b r", "bram-at-example.org", GOOD_PASSWORD, GOOD_PASSWORD);

        clickCreate();

        assertThat(textField("Naam").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(textField("Gebruikersnaam").getErrorMessage())
                .isEqualTo("Gebruik 3 tot 60 letters, cijfers, punten, liggende streepjes of koppeltekens.");
        EmailField email = $(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).as("a red field needs a sentence that says what is wrong")
                .isEqualTo("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void aValidFormCreatesTheAdministratorAndLeadsToLogin() {
        fillIn("Bram de Beheerder", "Bram", "bram@example.org", GOOD_PASSWORD, GOOD_PASSWORD);

        clickCreate();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Het beheerdersaccount is aangemaakt. U kunt nu inloggen.");
        Account admin = accounts.get("bram");
        assertThat(admin.getUsername()).isEqualTo("Bram");
        assertThat(admin.getDisplayName()).isEqualTo("Bram de Beheerder");
        assertThat(admin.getEmail()).isEqualTo("bram@example.org");
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(accounts.count()).isEqualTo(1);

        UI.getCurrent().navigate("setup");
        assertThat(getCurrentView()).as("setup closes once the administrator exists")
                .isInstanceOf(LoginView.class);
    }

    @Test
    void whenSomeoneElseFinishedSetupFirstTheFormCreatesNothing() {
        fillIn("Mallory", "mallory", "mallory@example.org", GOOD_PASSWORD, GOOD_PASSWORD);
        accounts.create("bram", Role.ADMIN); // another visitor was quicker

        clickCreate();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Brug is al ingericht. Log in met uw account.");
        assertThat(accounts.find("mallory")).isEmpty();
        assertThat(accounts.count()).isEqualTo(1);
    }
}
