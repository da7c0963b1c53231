package nl.brug.mediationcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * What only a real browser shows about the forms: a pasted text longer than the field allows is kept whole and
 * refused with a message (a browser's own length limit would cut it off unseen), and a typed date that does not
 * exist is refused as such instead of being saved as "no date".
 */
@BrowserJourneyTest
class FormInputJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private BrowserSession browser;
    private Page page;
    private BrugPage ui;

    @BeforeEach
    void openBrowser() {
        browser = BrowserSupport.launchChromium();
        page = browser.newDutchPage();
        ui = new BrugPage(page);
        database.clear();
        accounts.create("anna", "Anna de Vries", java.util.EnumSet.of(Role.MEDIATOR));
        ui.logIn("http://localhost:" + port, "anna", TestAccounts.PASSWORD);
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

    @Test
    void aPastedTitleOverTheLimitIsKeptWholeAndRefused() {
        page.navigate("http://localhost:" + port + "/cases/new");
        Locator title = page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true));
        title.click();
        // insertText goes through the browser's editing, as a paste does; fill() would bypass maxlength.
        page.keyboard().insertText("x".repeat(250));
        title.press("Tab");
        ui.settle();

        assertThat(title).hasValue("x".repeat(250));
        Locator titleField = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(title));
        assertThat(titleField).containsText("250 van 200 tekens");
        assertThat(titleField).containsText("Te lang: 250 tekens, hoogstens 200.");

        // The count follows the typing, before the user leaves the field.
        Locator description = page.locator("vaadin-text-area").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("Omschrijving"))));
        description.locator("textarea").click();
        page.keyboard().type("Ruzie over muziek");
        assertThat(description).containsText("17 van 4.000 tekens");
    }

    @Test
    void anImpossibleDateIsRefusedNotSavedAsNoDate() {
        registerACase();
        ui.section("Afspraken");
        ui.click("#add-item");
        page.locator("#item-description textarea").fill("Geen harde muziek na 22:00 uur");
        page.locator("#item-responsible input").fill("Kees Visser");
        ui.fillDate(page.getByLabel("Uiterlijk", new Page.GetByLabelOptions().setExact(true)), "31-02-2027");
        ui.click("#save-item");

        assertThat(page.getByText("Geen geldige datum").first()).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from agreement_item", Integer.class)).isZero();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren")).click();
        ui.settle();

        // A session whose start date does not exist is said to be so, not to be missing.
        ui.section("Gesprekken");
        ui.click("#plan-session");
        Locator start = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("Begin"))));
        ui.fillDate(start.locator("vaadin-date-picker input"), "99-99-9999");
        start.locator("vaadin-time-picker input").fill("10:00");
        start.locator("vaadin-time-picker input").press("Enter");
        ui.click("#save-session");

        assertThat(start).containsText("Geen geldige datum en tijd");
        assertThat(jdbc.queryForObject("select count(*) from case_session", Integer.class)).isZero();
    }

    private void registerACase() {
        page.navigate("http://localhost:" + port + "/cases/new");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Geluidsoverlast bovenburen");
        ui.selectOption("Soort", "Horizontaal");
        ui.comboOption("Thema", "Geluidsoverlast");
        ui.comboOption("Binnengekomen via", "De partij zelf");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).last().fill("Fatima de Jong");
        ui.click("#add-party");
        ui.click("#register-case");
        assertThat(page.locator("#case-title")).containsText("Geluidsoverlast bovenburen");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Afspraken"))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d{4}-\\d{4}$"));
    }
}
