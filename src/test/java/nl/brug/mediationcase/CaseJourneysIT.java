package nl.brug.mediationcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import nl.brug.base.DisplayFormats;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.TestSupportConfiguration;

/**
 * A mediator's two main journeys in a real browser: (a) a horizontal neighbour conflict from registration
 * to closed with full agreement; (b) a vertical case with the municipality as a party that cannot go into
 * mediation until every party has consented, and then does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class CaseJourneysIT {

    private static final String TODAY = LocalDate.now(DisplayFormats.ZONE).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

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

    @BeforeAll
    static void patience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @BeforeEach
    void openBrowser() {
        browser = BrowserSupport.launchChromium();
        var context = browser.browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1400, 1000));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        database.clear();
        accounts.create("anna", "Anna de Vries", java.util.EnumSet.of(Role.MEDIATOR));
        logIn("anna");
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (page != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "playwright", test.getDisplayName().replaceAll("\\W", "") + ".png")));
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void horizontalNeighbourConflictFromRegistrationToClosedWithFullAgreement() {
        register("Geluidsoverlast bovenburen", "Horizontaal", "Geluidsoverlast");
        addPartyOnIntakeForm("Fatima de Jong", null);
        addPartyOnIntakeForm("Kees Visser", "Andere partij");
        click("#register-case");

        assertStatus("Aangemeld");
        String reference = jdbc.queryForObject("select reference from mediation_case", String.class);
        assertThat(page.locator("#case-title")).containsText(reference + " — Geluidsoverlast bovenburen");

        forwardTo("Intake");
        // Not yet: consent is missing. The refusal says so, and nothing changes.
        forwardTo("In bemiddeling");
        assertThat(page.getByText(Pattern.compile("Dit kan nog niet: .*ingestemd"))).isVisible();
        assertStatus("Intake");

        consent("Fatima de Jong");
        consent("Kees Visser");
        forwardTo("In bemiddeling");
        assertStatus("In bemiddeling");

        section("Gesprekken");
        click("#plan-session");
        selectOption("Soort gesprek", "Gezamenlijk gesprek");
        fillDateTime("Begin", TODAY, "10:00");
        page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).fill("Buurthuis De Brug");
        click("#save-session");
        Locator held = page.locator("#session-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Gehouden"));
        held.first().click();
        page.locator("#session-summary textarea").fill("Beide buren hebben hun verhaal gedaan; afspraken over de avonduren.");
        click("#save-held");
        assertThat(page.locator("#session-grid")).containsText("Gehouden");

        section("Afspraken");
        click("#add-item");
        page.locator("#item-description textarea").fill("Geen harde muziek na 22:00 uur");
        page.locator("#item-responsible input").fill("Kees Visser");
        click("#save-item");
        assertThat(page.locator("#item-grid")).containsText("Geen harde muziek na 22:00 uur");
        fillDate(page.locator("#agreement-signed-on input"), TODAY);
        click("#save-agreement");
        forwardTo("Afspraken");
        assertStatus("Afspraken");

        section("Afspraken");
        // Brug proposes a follow-up four weeks after signing.
        String proposed = LocalDate.now(DisplayFormats.ZONE).plusWeeks(4).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(page.locator("#follow-up-date input")).hasValue(proposed);
        click("#save-follow-up");
        forwardTo("Nazorg");
        assertStatus("Nazorg");

        section("Afspraken");
        page.locator("#follow-up-finding textarea").fill("De afspraken houden stand.");
        click("#save-follow-up");
        click("#close-case");
        selectOption("Uitkomst", "Volledige overeenstemming");
        click("#confirm-close");
        assertStatus("Afgesloten");

        section("Geschiedenis");
        Locator history = page.locator("#history-grid");
        for (String status : new String[] {"Aangemeld", "Intake", "In bemiddeling", "Afspraken", "Nazorg", "Afgesloten"}) {
            assertThat(history).containsText(status);
        }
        assertThat(jdbc.queryForObject("select outcome from mediation_case", String.class)).isEqualTo("FULL_AGREEMENT");
        assertThat(jdbc.queryForObject("select count(*) from case_history", Integer.class)).isEqualTo(6);
    }

    @Test
    void verticalCaseWaitsForEveryConsentBeforeMediation() {
        register("Bezwaar tegen handhavingsbesluit", "Verticaal", "Dienstverlening van de gemeente");
        addPartyOnIntakeForm("Mehmet Kaya", null);
        // Without a public body the registration is refused, with the reason next to the parties.
        click("#register-case");
        assertThat(page.locator("#parties-error")).containsText("overheidsinstantie");
        assertThat(jdbc.queryForObject("select count(*) from mediation_case", Integer.class)).isZero();

        selectOption("Soort partij", "Organisatie");
        selectOption("Rol", "Andere partij");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).last().fill("Gemeente Utrecht");
        page.getByText("Overheidsinstantie", new Page.GetByTextOptions().setExact(true)).last().click();
        page.getByLabel("Contactpersoon", new Page.GetByLabelOptions().setExact(true)).fill("J. de Wit, team Handhaving");
        click("#add-party");
        click("#register-case");

        assertStatus("Aangemeld");
        forwardTo("Intake");
        consent("Mehmet Kaya");
        forwardTo("In bemiddeling");
        assertThat(page.getByText(Pattern.compile("Dit kan nog niet: .*ingestemd"))).isVisible();
        assertStatus("Intake");

        consent("Gemeente Utrecht");
        forwardTo("In bemiddeling");
        assertStatus("In bemiddeling");
        assertThat(jdbc.queryForObject("select status from mediation_case", String.class)).isEqualTo("IN_MEDIATION");
    }

    // --- steps ---------------------------------------------------------------------------------------

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werk"))).isVisible();
    }

    private void register(String title, String kind, String theme) {
        page.locator("#main-navigation vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Zaken")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe aanmelding")).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/new$"));
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        selectOption("Soort", kind);
        comboOption("Thema", theme);
        comboOption("Binnengekomen via", "De partij zelf");
        page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).fill("Utrecht");
        page.getByLabel("Wijk of buurt", new Page.GetByLabelOptions().setExact(true)).fill("Kanaleneiland");
    }

    private void addPartyOnIntakeForm(String name, String role) {
        if (role != null) {
            selectOption("Rol", role);
        }
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).last().fill(name);
        click("#add-party");
        assertThat(page.locator("#new-parties")).containsText(name);
    }

    private void consent(String partyName) {
        section("Partijen");
        page.locator("#party-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(partyName))
                .first().click();
        fillDate(page.getByLabel("Ingestemd op", new Page.GetByLabelOptions().setExact(true)), TODAY);
        click("#save-party");
        assertThat(page.locator("#party-grid")).containsText(TODAY);
    }

    private void forwardTo(String status) {
        page.locator("#case-actions vaadin-button").filter(new Locator.FilterOptions().setHasText("Naar " + status)).click();
        settle();
    }

    private void assertStatus(String status) {
        assertThat(page.locator("#case-status")).hasText(status);
    }

    private void section(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    private void click(String selector) {
        page.locator(selector).click();
        settle();
    }

    /**
     * Waits until Vaadin has no request in flight, so the next click lands on what the server just
     * rendered (a save rebuilds the page; a click on the old button would be ignored).
     */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private void selectOption(String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(Pattern.compile("^" + label + "$"))))).last().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    private void comboOption(String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    private void fillDate(Locator input, String date) {
        input.fill(date);
        input.press("Enter");
    }

    private void fillDateTime(String label, String date, String time) {
        Locator picker = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label))));
        Locator dateInput = picker.locator("vaadin-date-picker input");
        dateInput.fill(date);
        dateInput.press("Enter");
        Locator timeInput = picker.locator("vaadin-time-picker input");
        timeInput.fill(time);
        timeInput.press("Enter");
    }
}
