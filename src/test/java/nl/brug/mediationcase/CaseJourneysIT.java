package nl.brug.mediationcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.brug.base.DisplayFormats;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * A mediator's two main journeys in a real browser: (a) a horizontal neighbour conflict from registration
 * to closed with full agreement; (b) a vertical case with the municipality as a party that cannot go into
 * mediation until every party has consented, and then does.
 */
@BrowserJourneyTest
class CaseJourneysIT {

    private static final String TODAY = BrugPage.today();

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
        logIn("anna");
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
    void horizontalNeighbourConflictFromRegistrationToClosedWithFullAgreement() {
        register("Geluidsoverlast bovenburen", "Horizontaal", "Geluidsoverlast");
        addPartyOnIntakeForm("Fatima de Jong", null);
        addPartyOnIntakeForm("Kees Visser", "Andere partij");
        ui.click("#register-case");

        ui.assertStatus("Aangemeld");
        String reference = jdbc.queryForObject("select reference from mediation_case", String.class);
        assertThat(page.locator("#case-title")).containsText(reference + " — Geluidsoverlast bovenburen");

        ui.forwardTo("Intake");
        // Not yet: consent is missing. The refusal says so, and nothing changes.
        ui.forwardTo("In bemiddeling");
        // In place under the buttons, naming whose consent is missing, until the next action.
        assertThat(page.locator("#case-message"))
                .hasText("Dit kan nog niet: toestemming ontbreekt nog van Fatima de Jong, Kees Visser.");
        ui.assertStatus("Intake");

        consent("Fatima de Jong");
        consent("Kees Visser");
        ui.forwardTo("In bemiddeling");
        ui.assertStatus("In bemiddeling");

        ui.section("Gesprekken");
        ui.click("#plan-session");
        ui.selectOption("Soort gesprek", "Gezamenlijk gesprek");
        fillDateTime("Begin", TODAY, "10:00");
        page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).fill("Buurthuis De Brug");
        ui.click("#save-session");
        Locator held = page.locator("#session-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Markeren als gehouden"));
        held.first().click();
        page.locator("#session-summary textarea").fill("Beide buren hebben hun verhaal gedaan; afspraken over de avonduren.");
        ui.click("#save-held");
        assertThat(page.locator("#session-grid")).containsText("Gehouden");

        ui.section("Afspraken");
        ui.click("#add-item");
        page.locator("#item-description textarea").fill("Geen harde muziek na 22:00 uur");
        page.locator("#item-responsible input").fill("Kees Visser");
        ui.click("#save-item");
        assertThat(page.locator("#item-grid")).containsText("Geen harde muziek na 22:00 uur");
        ui.selectOption("Vorm", "Intentieverklaring (niet bindend)");
        ui.fillDate(page.locator("#agreement-signed-on input"), TODAY);
        ui.click("#save-agreement");
        // The parties sign on paper: the mediator prints the agreement, which states its form in words.
        Download agreement = page.waitForDownload(() -> page.locator("#document-agreement-nl").click());
        assertThat(agreement.suggestedFilename()).matches("overeenkomst-\\d{4}-\\d{4}\\.pdf");
        // Kept beside the screenshots, to look at after the run.
        agreement.saveAs(java.nio.file.Path.of("target", "playwright", "agreement.pdf"));
        assertThat(pdfText(agreement)).contains("Intentieverklaring", "juridisch niet bindend",
                "Geen harde muziek na 22:00 uur", "Kees Visser", "Anna de Vries", "Pagina 1 van");
        ui.forwardTo("Afspraken");
        ui.assertStatus("Afspraken");

        ui.section("Afspraken");
        // Brug proposes a follow-up four weeks after signing.
        String proposed = LocalDate.now(DisplayFormats.ZONE).plusWeeks(4).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(page.locator("#follow-up-date input")).hasValue(proposed);
        ui.click("#save-follow-up");
        ui.forwardTo("Nazorg");
        ui.assertStatus("Nazorg");

        ui.section("Afspraken");
        page.locator("#follow-up-finding textarea").fill("De afspraken houden stand.");
        ui.click("#save-follow-up");
        ui.click("#close-case");
        ui.selectOption("Uitkomst", "Volledige overeenstemming");
        ui.click("#confirm-close");
        ui.assertStatus("Afgesloten");

        ui.section("Geschiedenis");
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
        ui.click("#register-case");
        assertThat(page.locator("#parties-error")).containsText("overheidsinstantie");
        assertThat(jdbc.queryForObject("select count(*) from mediation_case", Integer.class)).isZero();

        ui.selectOption("Soort partij", "Organisatie");
        ui.selectOption("Rol", "Andere partij");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).last().fill("Gemeente Utrecht");
        page.getByText("Overheidsinstantie", new Page.GetByTextOptions().setExact(true)).last().click();
        page.getByLabel("Contactpersoon", new Page.GetByLabelOptions().setExact(true)).fill("J. de Wit, team Handhaving");
        ui.click("#add-party");
        ui.click("#register-case");

        ui.assertStatus("Aangemeld");
        ui.forwardTo("Intake");
        consent("Mehmet Kaya");
        ui.forwardTo("In bemiddeling");
        assertThat(page.locator("#case-message")).hasText("Dit kan nog niet: toestemming ontbreekt nog van Gemeente Utrecht.");
        ui.assertStatus("Intake");

        consent("Gemeente Utrecht");
        ui.forwardTo("In bemiddeling");
        ui.assertStatus("In bemiddeling");
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
        ui.selectOption("Soort", kind);
        ui.comboOption("Thema", theme);
        ui.comboOption("Binnengekomen via", "De partij zelf");
        page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).fill("Utrecht");
        page.getByLabel("Wijk of buurt", new Page.GetByLabelOptions().setExact(true)).fill("Kanaleneiland");
    }

    private void addPartyOnIntakeForm(String name, String role) {
        if (role != null) {
            ui.selectOption("Rol", role);
        }
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).last().fill(name);
        ui.click("#add-party");
        assertThat(page.locator("#new-parties")).containsText(name);
    }

    private void consent(String partyName) {
        ui.consent(partyName);
        assertThat(page.locator("#party-grid")).containsText(TODAY);
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

    private static String pdfText(Download download) {
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
