package nl.brug.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Theme;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.TestAccounts;

/**
 * A funder (opdrachtgever) in a real browser: after logging in they land on the tension picture, see the
 * neighbourhoods with small numbers hidden, and cannot open a case or the case list by typing its address.
 */
@BrowserJourneyTest
class FunderJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;

    private BrowserSession browser;
    private Page page;

    @BeforeEach
    void casesInUtrechtAndAFunder() {
        ReportingFixture fixture = new ReportingFixture(jdbc);
        fixture.clear();
        accounts.create("frank", "Frank Financier", EnumSet.of(Role.FUNDER));
        String today = java.time.LocalDate.now(nl.brug.base.DisplayFormats.ZONE).toString();
        for (int i = 1; i <= 7; i++) {
            fixture.insertCase(String.format("2026-%04d", i), today, CaseStatus.REGISTERED, CaseKind.HORIZONTAL,
                    Theme.NOISE, null, null, null);
        }
        fixture.insertCase("2026-0100", today, CaseStatus.REGISTERED, CaseKind.VERTICAL, Theme.HOUSING, null, null, null);
        jdbc.update("update mediation_case set municipality = 'Utrecht', neighbourhood = 'Lombok'");
        jdbc.update("update mediation_case set neighbourhood = 'Zuilen' where reference = '2026-0100'");
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
    void aFunderSeesTheTensionPictureAndNoCase() {
        new BrugPage(page).logIn("http://localhost:" + port, "frank", TestAccounts.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/tension$"));
        assertThat(page.locator("#tension-table")).containsText("Lombok");
        assertThat(page.locator("#tension-table")).containsText("< 5");
        assertThat(page.locator("#tension-chart svg")).hasCount(1);
        assertThat(page.locator("#main-navigation")).not().containsText("Zaken");

        for (String path : List.of("/cases/2026-0001", "/cases", "/reports/outcomes", "/")) {
            page.navigate("http://localhost:" + port + path);
            if (path.equals("/")) {
                assertThat(page).hasURL(Pattern.compile(".*/tension$"));
            } else {
                assertThat(page.locator("#not-found h2")).hasText("Pagina niet gevonden");
                assertThat(page.locator("body")).not().containsText("2026-0001");
            }
        }
    }
}
