package nl.brug;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * Addresses that lead nowhere, typed into a real browser: the request passes Spring Security (no "HTTP ERROR
 * 403" from the container) and Brug answers with its own page, in the layout once signed in.
 */
@BrowserJourneyTest
class NotFoundJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;

    private BrowserSession browser;
    private Page page;

    @BeforeEach
    void openBrowser() {
        browser = BrowserSupport.launchChromium();
        page = browser.newDutchPage();
        database.clear();
        accounts.create("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR));
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anUnknownAddressShowsBrugsPageToAVisitorAndToASignedInUser() {
        Response anonymous = page.navigate(url("/no-such-page"));

        assertThat(anonymous.status()).as("Spring Security lets the request through to Vaadin").isNotEqualTo(403);
        assertThat(page.locator("#not-found h1")).hasText("Pagina niet gevonden");
        assertThat(page.locator("#not-found-login")).isVisible();
        assertThat(page.locator("#main-navigation")).hasCount(0);

        page.locator("#not-found-login").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        new BrugPage(page).logIn("http://localhost:" + port, "anna", TestAccounts.PASSWORD);

        for (String path : List.of("/no-such-page", "/intake-queue", "/cases/2026-9999")) {
            Response signedIn = page.navigate(url(path));
            assertThat(signedIn.status()).as(path).isNotEqualTo(403);
            assertThat(page.locator("#not-found h2")).hasText("Pagina niet gevonden");
            assertThat(page.locator("#main-navigation")).isVisible();
            assertThat(page.locator("body")).not().containsText("Could not navigate");
        }

        page.locator("#not-found-cases").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
    }
}
