package nl.brug.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.brug.base.DisplayFormats;

/**
 * What a person does on a Brug page in a browser journey, in the words of the screen: click, pick from a
 * drop-down, type a date, open a section of a case, move a case on. Every action that goes to the server
 * waits until Vaadin has answered, so the next step works on what the server just rendered.
 */
public final class BrugPage {

    public static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Page page;
    /** The authenticator code of a username, for logins that ask for one ({@link TestAccounts#nextCode}). */
    private final Function<String, String> codes;

    public BrugPage(Page page) {
        this(page, username -> {
            throw new AssertionError(username + " was asked for a second-factor code: use new BrugPage(page, codes)");
        });
    }

    public BrugPage(Page page, Function<String, String> codes) {
        this.page = page;
        this.codes = codes;
    }

    public static String today() {
        return LocalDate.now(DisplayFormats.ZONE).format(DUTCH_DATE);
    }

    public Page page() {
        return page;
    }

    /**
     * Waits until Vaadin has no request in flight. A save rebuilds the page; a click on a button of the old
     * page would be ignored by the server.
     */
    public void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    public void click(String selector) {
        page.locator(selector).click();
        settle();
    }

    public void logIn(String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        assertThat(page).not().hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        passSecondStep(username);
    }

    /**
     * The second step of a login, where Brug asks for it (supervisors and administrators): types the code from the
     * authenticator app. Waits for the page after the password first: the code page or a page of the application.
     */
    public void passSecondStep(String username) {
        page.locator("#second-factor-code input, #user-menu, #current-password input").first().waitFor();
        // Told apart by what the page shows, not by its address, which the browser updates a moment later. The
        // set-up page has a code field too, beside the secret; only the login's code page is handled here.
        if (page.locator("#second-factor-submit").count() == 0) {
            return;
        }
        page.locator("#second-factor-code input").fill(codes.apply(username));
        click("#second-factor-submit");
        assertThat(page.locator("#second-factor-submit")).hasCount(0);
    }

    /** Types a date as a Dutch user does and confirms it. */
    public void fillDate(Locator input, String date) {
        input.fill(date);
        input.press("Enter");
    }

    /** Opens the drop-down with this label and picks the option. */
    public void selectOption(String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(Pattern.compile("^" + label + "$"))))).last()
                .click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    /** Opens the combo box with this label and picks the option. */
    public void comboOption(String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    // --- the case page -------------------------------------------------------------------------------

    /**
     * Opens a section of the case page. Found by element and text rather than by accessible role: on a
     * loaded build machine the role lookup once missed a tab that was on screen, right after the page was
     * rebuilt.
     */
    public void section(String name) {
        settle();
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + name + "\\s*$")))
                .click();
        settle();
    }

    /** Clicks the lifecycle button "Naar {status}". */
    public void forwardTo(String status) {
        page.locator("#case-actions vaadin-button").filter(new Locator.FilterOptions().setHasText("Naar " + status))
                .click();
        settle();
    }

    public void assertStatus(String status) {
        assertThat(page.locator("#case-status")).hasText(status);
    }

    /** Records today's consent for the party with this name, in the Parties section. */
    public void consent(String partyName) {
        section("Partijen");
        page.locator("#party-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(partyName))
                .first().click();
        fillDate(page.getByLabel("Ingestemd op", new Page.GetByLabelOptions().setExact(true)), today());
        click("#save-party");
    }
}
