package nl.brug.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The first steps on a fresh installation, through the browser as a person takes them: create the first
 * administrator, let the administrator create a mediator, the mediator's first login, and registering a
 * case. For the checks that run the real jar (the README's PostgreSQL section, the durability check).
 */
public final class FirstSteps {

    private final String baseUrl;

    public FirstSteps(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The whole start of a fresh installation: the first administrator ({@code beheer}) creates the mediator
     * Sanne Bakker ({@code sanne}), who logs in once and chooses {@code ownPassword}. Returns the mediator's
     * page, logged in, in a browser context of its own.
     */
    public Page readyForAMediator(BrowserSupport.BrowserSession browser, String adminPassword, String ownPassword) {
        Page admin = browser.newDutchPage();
        createFirstAdministrator(admin, "beheer", adminPassword);
        String temporary = createMediator(admin, "beheer", adminPassword, "Sanne Bakker", "sanne");
        admin.context().close();
        Page mediator = browser.newDutchPage();
        firstLogin(mediator, "sanne", temporary, ownPassword);
        return mediator;
    }

    public void createFirstAdministrator(Page page, String username, String password) {
        page.navigate(baseUrl + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Brug inrichten"))).isVisible();
        label(page, "Naam").fill("Bram de Beheerder");
        label(page, "Gebruikersnaam").fill(username);
        label(page, "E-mailadres").fill(username + "@example.org");
        label(page, "Wachtwoord").fill(password);
        label(page, "Wachtwoord herhalen").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beheerder aanmaken")).click();
        assertThat(page.getByText("Het beheerdersaccount is aangemaakt. U kunt nu inloggen.")).isVisible();
    }

    /** Logs in as the administrator and creates a mediator; returns the temporary password shown once. */
    public String createMediator(Page page, String adminUsername, String adminPassword, String name, String username) {
        BrugPage ui = new BrugPage(page);
        ui.logIn(baseUrl, adminUsername, adminPassword);
        setUpSecondFactor(page);
        assertThat(page).hasURL(Pattern.compile(".*/accounts(\\?.*)?$"));
        ui.click("#new-account");
        page.locator("#account-name input").fill(name);
        page.locator("#account-username input").fill(username);
        page.locator("#account-email input").fill(username + "@example.org");
        Locator mediator = page.locator("#account-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Bemiddelaar")).locator("input");
        if (!mediator.isChecked()) {
            mediator.check();
        }
        ui.click("#create-account");
        Locator temporary = page.locator("#temporary-password");
        assertThat(temporary).hasText(Pattern.compile("\\S{12,}"));
        return temporary.textContent().strip();
    }

    /**
     * An administrator's (or supervisor's) first login goes on to setting up the authenticator app: the secret is
     * read from the page as a person types it into the app, the app's code confirms it, the recovery codes are
     * shown once.
     */
    public void setUpSecondFactor(Page page) {
        BrugPage ui = new BrugPage(page);
        assertThat(page).hasURL(Pattern.compile(".*/second-factor/setup(\\?.*)?$"));
        Locator secret = page.locator("#totp-secret");
        assertThat(secret).hasText(Pattern.compile("[A-Z2-7 ]{32,}"));
        page.locator("#second-factor-code input").fill(TestAccounts.codeNow(secret.textContent()));
        ui.click("#second-factor-confirm");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        ui.click("#second-factor-continue");
    }

    /** The mediator's first login: the temporary password must be replaced, then they log in with their own. */
    public void firstLogin(Page page, String username, String temporaryPassword, String ownPassword) {
        BrugPage ui = new BrugPage(page);
        ui.logIn(baseUrl, username, temporaryPassword);
        assertThat(page).hasURL(Pattern.compile(".*/password$"));
        page.locator("#current-password input").fill(temporaryPassword);
        page.locator("#new-password input").fill(ownPassword);
        page.locator("#repeat-password input").fill(ownPassword);
        ui.click("#change-password");
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        ui.logIn(baseUrl, username, ownPassword);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werk"))).isVisible();
    }

    /**
     * Registers a horizontal case with one party through the registration page and returns the reference the
     * case page shows: once it shows, Brug has acknowledged the registration.
     */
    public String registerCase(Page page, String title, String partyName) {
        BrugPage ui = new BrugPage(page);
        page.navigate(baseUrl + "/cases/new");
        label(page, "Titel").fill(title);
        ui.selectOption("Soort", "Horizontaal");
        ui.comboOption("Thema", "Geluidsoverlast");
        ui.comboOption("Binnengekomen via", "De partij zelf");
        label(page, "Gemeente").fill("Utrecht");
        label(page, "Naam").last().fill(partyName);
        ui.click("#add-party");
        assertThat(page.locator("#new-parties")).containsText(partyName);
        ui.click("#register-case");
        Locator heading = page.locator("#case-title");
        assertThat(heading).containsText(" — " + title);
        return heading.textContent().substring(0, heading.textContent().indexOf(" — ")).strip();
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }
}
