package nl.brug;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.brug.account.internal.Account;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * The first hour of a new installation, in a real browser: set up the first administrator, log in, switch
 * to English, log out, log in again and find English still chosen.
 */
@BrowserJourneyTest
class FirstRunJourneyIT {

    private static final String PASSWORD = "lange-brug-over-de-ij";

    @LocalServerPort
    int port;
    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private BrowserSession browser;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openBrowser() {
        browser = BrowserSupport.launchChromium();
        page = browser.newDutchPage();
        context = page.context();
        database.clear();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (page != null) {
            BrowserSupport.screenshot(page, test, "");
        }
        if (browser != null) {
            browser.close();
        }
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits until the side navigation shows exactly these items, in this order. */
    private void assertNavigation(String... labels) {
        Locator items = page.locator("#main-navigation vaadin-side-nav-item");
        // An item's text also holds a hidden "Toggle child items": compare what each item contains.
        assertThat(items).hasCount(labels.length);
        assertThat(items).containsText(labels);
    }

    private void openUserMenu() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
    }

    private Locator menuItem(String text) {
        // By text, not by accessible name: an item with a submenu gets the arrow glyph in its name ("Taal ").
        return page.locator("vaadin-menu-bar-item[role=menuitem]")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + text + "\\s*$")));
    }

    private void logIn(String username, String password) {
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?error)?$"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    @Test
    void firstAdministratorSetsUpLogsInSwitchesToEnglishAndKeepsIt() {
        // An empty installation: every page leads to setup.
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/setup$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Brug inrichten")))
                .isVisible();
        assertThat(page).hasTitle("Brug inrichten");

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bram de Beheerder");
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill("bram");
        page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true)).fill("bram@example.org");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Wachtwoord herhalen", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beheerder aanmaken")).click();

        // Setup done: the login page, in Dutch.
        assertThat(page.getByText("Het beheerdersaccount is aangemaakt. U kunt nu inloggen.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page).hasTitle("Inloggen — Brug");
        assertThat(accounts.get("bram").getRoles()).containsExactly(Role.ADMIN);

        // A wrong password first: one generic sentence, still on the login page.
        logIn("bram", "niet-het-wachtwoord");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Inloggen mislukt")).isVisible();
        assertThat(accounts.get("bram").getLastLoginAt()).isNull();

        String sessionBeforeLogin = sessionCookie();
        assertThat(sessionBeforeLogin).as("the login page already has a session").isNotEmpty();
        logIn("BRAM", PASSWORD);

        // An administrator must set up the second factor first: before that, no other page opens.
        assertThat(page).hasURL(Pattern.compile(".*/second-factor/setup(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tweede stap instellen")))
                .isVisible();
        Locator qr = page.getByAltText("QR-code om Brug aan uw authenticator-app toe te voegen");
        assertThat(qr).isVisible();
        assertThat(qr).hasAttribute("src", Pattern.compile("^data:image/svg\\+xml;base64,.+"));
        String secret = page.locator("#totp-secret").textContent();
        assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");
        page.navigate(url("/accounts"));
        assertThat(page).hasURL(Pattern.compile(".*/second-factor/setup(\\?.*)?$"));
        assertThat(page.locator("#totp-secret")).hasText(secret);
        assertThat(accounts.get("bram").getLastLoginAt()).as("no login until the second step").isNull();

        String sessionBeforeSecondStep = sessionCookie();
        page.locator("#second-factor-code input").fill(TestAccounts.codeNow(secret));
        page.locator("#second-factor-confirm").click();
        Locator recoveryCodes = page.locator("#recovery-codes li");
        assertThat(recoveryCodes).hasCount(10);
        String recoveryCode = recoveryCodes.first().textContent().strip();
        assertThat(recoveryCode).matches("[a-z2-9]{5}-[a-z2-9]{5}");
        assertThat(jdbc.queryForList("select code_hash from account_recovery_code", String.class)).hasSize(10)
                .as("only hashes are kept").doesNotContain(recoveryCode, recoveryCode.replace("-", ""));
        page.locator("#second-factor-continue").click();
        // Nor is a session id seen between the password and the code worth anything after the code.
        assertThat(page).hasURL(Pattern.compile(".*/accounts(\\?.*)?$"));
        assertThat(sessionCookie()).isNotEqualTo(sessionBeforeSecondStep);

        // The main layout, in Dutch, with what an administrator may open.
        assertThat(page.locator("h1.brug-app-name")).hasText("Brug");
        assertThat(page.locator("#user-menu")).containsText("Bram de Beheerder");
        // An administrator sees no case content: the home page leads to the accounts.
        assertNavigation("Accounts", "Auditlog", "Back-ups");
        assertThat(page).hasURL(Pattern.compile(".*/accounts(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts"))).isVisible();
        // A session id seen before login is worthless after it.
        assertThat(sessionCookie()).isNotEqualTo(sessionBeforeLogin);
        Account afterLogin = accounts.get("bram");
        assertThat(afterLogin.getLastLoginAt()).isNotNull();

        // User menu → Taal → English
        openUserMenu();
        menuItem("Taal").click();
        menuItem("English").click();

        assertNavigation("Accounts", "Audit log", "Backups");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name, username or e-mail"))).isVisible();
        assertThat(accounts.get("bram").getPreferredLocale()).isEqualTo(Locale.ENGLISH);

        // User menu → Log out: back on the login page.
        openUserMenu();
        menuItem("Log out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(jdbc.queryForList("select action from audit_log where actor_username = 'bram' order by id",
                String.class)).containsSubsequence("LOGIN_FAILED", "SECOND_FACTOR_SET_UP", "LOGIN_SUCCEEDED", "LOGOUT");
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("#main-navigation")).hasCount(0);

        // Logged out means logged out: the start page asks for a login again.
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        // Log in again: the language chosen before is the user's, so English it is, from the second step on. It asks
        // for the code; the phone is not at hand, so a recovery code, which works once.
        logIn("bram", PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/second-factor(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Code from your app")))
                .isVisible();
        page.locator("#second-factor-code input").fill(recoveryCode);
        page.locator("#second-factor-submit").click();
        assertNavigation("Accounts", "Audit log", "Backups");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name, username or e-mail"))).isVisible();
        assertThat(jdbc.queryForList("select code_hash from account_recovery_code", String.class)).hasSize(9);
    }
}
