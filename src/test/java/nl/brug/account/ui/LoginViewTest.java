package nl.brug.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/** Where an anonymous visitor ends up: the setup page on an empty installation, else the login page. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private static void open(String location) {
        UI.getCurrent().navigate(location);
    }

    private static String currentPath() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    /** The texts the login form sends to the browser, as JSON. */
    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void onAnEmptyInstallationEveryPageLeadsToSetup() {
        for (String location : List.of("", "login", "accounts", "setup")) {
            open(location);
            assertThat(getCurrentView()).as("anonymous visitor opening '%s'", location)
                    .isInstanceOf(SetupView.class);
            assertThat(currentPath()).isEqualTo("setup");
        }
    }

    @Test
    void anAnonymousVisitorOfTheHomePageGetsTheLoginPage() {
        accounts.create("anna", Role.MEDIATOR);

        open("");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(currentPath()).isEqualTo("login");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(i18nOf(form)).contains("\"title\":\"Inloggen\"", "\"username\":\"Gebruikersnaam\"");
    }

    @Test
    void beforeLoginTheVisitorCanSwitchToEnglishAndBack() {
        accounts.create("anna", Role.MEDIATOR);
        open("login");

        test($(com.vaadin.flow.component.button.Button.class).id("login-language")).click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(i18nOf($(LoginForm.class).single())).contains("\"title\":\"Log in\"", "\"username\":\"Username\"");
        com.vaadin.flow.component.button.Button back = $(com.vaadin.flow.component.button.Button.class).id("login-language");
        assertThat(back.getText()).isEqualTo("Nederlands");

        test(back).click();
        assertThat(i18nOf($(LoginForm.class).single())).contains("\"title\":\"Inloggen\"");
    }

    @Test
    void anAnonymousVisitorCannotOpenTheAccountList() {
        accounts.create("beheer", Role.ADMIN);

        open("accounts");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void onceSetUpTheSetupPageForwardsToLogin() {
        accounts.create("beheer", Role.ADMIN);

        open("setup");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void aFailedLoginShowsTheGenericError() {
        accounts.create("anna", Role.MEDIATOR);

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains(
                "De combinatie van gebruikersnaam en wachtwoord is onjuist, of dit account kan nu niet inloggen.");
    }
}
