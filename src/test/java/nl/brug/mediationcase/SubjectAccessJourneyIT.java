package nl.brug.mediationcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * A supervisor answers a person's request to see their data, in a real browser: searches the person's name,
 * ticks the party record that is them, and downloads the HTML overview. The file holds the person's data and
 * the listed confidential note, never its text; the search and the download are in the audit trail.
 */
@BrowserJourneyTest
class SubjectAccessJourneyIT {

    private static final String CONFIDENTIAL = "Joyce vertelde in vertrouwen over haar ziekte";

    @LocalServerPort
    int port;
    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;
    @Autowired
    UserDetailsService userDetails;

    private BrowserSession browser;
    private Page page;
    private String joyces;
    private String others;

    @BeforeEach
    void aCaseOfJoycesWithAConfidentialNoteAndACaseOfOtherPeople() {
        database.clear();
        accounts.create("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR));
        accounts.create("coordinator", "Carla Coördinator", EnumSet.of(Role.SUPERVISOR));
        joyces = as("anna", () -> {
            String reference = cases.register(new CaseRegistration(
                    CaseOverview.of("Overhangende takken", CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE,
                            Source.PARTY_ITSELF),
                    List.of(PartyData.person("Joyce Willems", PartyRole.REQUESTING_PARTY)
                                    .withContact("joyce@example.org", "06-11223344"),
                            PartyData.person("Henk Mulder", PartyRole.OTHER_PARTY))));
            work.addNote(reference, "Intake met Joyce telefonisch gedaan", false);
            work.addNote(reference, CONFIDENTIAL, true);
            return reference;
        });
        others = as("anna", () -> cases.register(new CaseRegistration(
                CaseOverview.of("Geluid van de sportschool", CaseKind.HORIZONTAL, Theme.NOISE, Source.PARTY_ITSELF),
                List.of(PartyData.person("Kees Visser", PartyRole.REQUESTING_PARTY)))));
        browser = BrowserSupport.launchChromium();
        page = browser.newDutchPage();
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
    void aSupervisorFindsThePersonTicksTheirRecordAndDownloadsTheOverview() throws IOException {
        ui().logIn(url(""), "coordinator", TestAccounts.PASSWORD);
        page.locator("#main-navigation vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Inzageverzoek")).click();
        ui().settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inzageverzoek"))).isVisible();
        assertThat(page.locator("#subject-download-html")).hasAttribute("disabled", "");

        page.locator("#subject-query input").fill("willems");
        ui().click("#subject-search");
        assertThat(page.locator("#subject-found")).hasText(Pattern.compile("^1 partij gevonden in 1 zaak\\..*"));
        assertThat(page.locator("#subject-matches")).containsText("Joyce Willems");
        assertThat(page.locator("#subject-matches")).containsText("joyce@example.org");
        assertThat(page.locator("#subject-matches")).not().containsText(others);

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Joyce Willems in zaak " + joyces + " is deze persoon")).check();
        ui().settle();
        assertThat(page.locator("#subject-download-html")).not().hasAttribute("disabled", "");

        Download download = page.waitForDownload(() -> page.locator("#subject-download-html").click());
        assertThat(download.suggestedFilename()).matches("inzage-\\d{4}-\\d{2}-\\d{2}\\.html");
        String html = Files.readString(download.path(), StandardCharsets.UTF_8);
        // Kept beside the screenshots, to look at (and print) after the run.
        download.saveAs(java.nio.file.Path.of("target", "playwright", "subject-access-overview.html"));
        assertThat(html).contains("Joyce Willems", "joyce@example.org", joyces, "Overhangende takken",
                "Intake met Joyce telefonisch gedaan", "Vertrouwelijke notitie van ", "niet getoond");
        assertThat(html).doesNotContain(CONFIDENTIAL, "ziekte", others, "Kees Visser");

        assertThat(jdbc.queryForList("select actor_username || ' ' || action || ' ' || detail from audit_log"
                + " where action like 'SUBJECT_ACCESS%' order by id", String.class))
                .containsExactly("coordinator SUBJECT_ACCESS_SEARCHED 1 " + joyces,
                        "coordinator SUBJECT_ACCESS_EXPORTED html " + joyces);
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private BrugPage ui() {
        return new BrugPage(page, accounts::nextCode);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
