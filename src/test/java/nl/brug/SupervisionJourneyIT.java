package nl.brug;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * Supervision from end to end, in a real browser, with one browser context per person: the administrator
 * creates a mediator; the mediator logs in with the temporary password and must choose their own; a
 * supervisor assigns a registered case to them; the mediator works it to closed; the supervisor returns it
 * with a comment, the mediator answers, and the supervisor approves.
 */
@BrowserJourneyTest
class SupervisionJourneyIT {

    private static final String TODAY = BrugPage.today();
    private static final String CASE_TITLE = "Overhangende takken en een gedeelde schutting";
    private static final String OWN_PASSWORD = "eigen-brug-wachtwoord-77";
    private static final String RETURN_COMMENT = "Waarom is er geen gezamenlijk gesprek vastgelegd?";
    private static final String ANSWER = "Het gesprek vond plaats bij de buren thuis; ik voeg het verslag nog toe.";

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

    private BrowserSession browser;
    /** Each person's own browser context, so each has their own session; kept for the screenshots. */
    private final Map<String, Page> pages = new LinkedHashMap<>();
    /** The page of the person acting now; every step below works on it. */
    private Page page;
    private String reference;

    @BeforeEach
    void setUp() {
        database.clear();
        accounts.create("beheer", "Bert Beheerder", EnumSet.of(Role.ADMIN));
        accounts.create("coordinator", "Carla Coördinator", EnumSet.of(Role.SUPERVISOR));
        reference = registerAsSupervisor("coordinator");
        browser = BrowserSupport.launchChromium();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        // The page of the person acting last under the test's name, as the other journeys do; the others next to it.
        if (page != null) {
            BrowserSupport.screenshot(page, test, "");
        }
        pages.forEach((person, other) -> {
            if (other != page && !other.isClosed()) {
                BrowserSupport.screenshot(other, test, "-" + person);
            }
        });
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void newMediatorWorksAnAssignedCaseToClosedAndTheSupervisorReturnsAndThenApprovesIt() {
        // 1. The administrator creates the mediator and reads the temporary password once.
        actAs("admin");
        logIn("beheer", TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/accounts(\\?.*)?$"));
        ui().click("#new-account");
        page.locator("#account-name input").fill("Sanne Bakker");
        page.locator("#account-username input").fill("sanne");
        page.locator("#account-email input").fill("sanne@example.org");
        Locator mediatorRole = page.locator("#account-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Bemiddelaar"));
        if (!mediatorRole.locator("input").isChecked()) {
            mediatorRole.locator("input").check();
        }
        assertThat(mediatorRole.locator("input")).isChecked();
        for (String other : new String[] {"Coördinator", "Beheerder"}) {
            assertThat(page.locator("#account-roles vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(other))
                    .locator("input")).not().isChecked();
        }
        ui().click("#create-account");
        Locator temporary = page.locator("#temporary-password");
        assertThat(temporary).hasText(Pattern.compile("\\S{12,}"));
        String temporaryPassword = temporary.textContent().strip();
        ui().click("#close-temporary-password");
        assertThat(page.locator("#account-grid")).containsText("Sanne Bakker");
        assertThat(page.locator("#account-grid")).containsText("Tijdelijk wachtwoord");
        long sanneId = accounts.get("sanne").requireId();
        assertThat(accounts.get("sanne").getRoles()).containsExactly(Role.MEDIATOR);
        closeContextOf("admin");

        // 2. The mediator must choose their own password first, then logs in again with it.
        actAs("mediator");
        logIn("sanne", temporaryPassword);
        assertThat(page).hasURL(Pattern.compile(".*/password$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")))
                .isVisible();
        assertThat(page.getByText("U bent ingelogd met een tijdelijk wachtwoord"))
                .isVisible();
        page.locator("#current-password input").fill(temporaryPassword);
        page.locator("#new-password input").fill(OWN_PASSWORD);
        page.locator("#repeat-password input").fill(OWN_PASSWORD);
        ui().click("#change-password");
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        assertThat(accounts.get("sanne").isMustChangePassword()).isFalse();
        logIn("sanne", OWN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werk"))).isVisible();
        assertThat(page.locator("#mywork-cases")).containsText("Mijn open zaken (0)");

        // 3. The supervisor assigns the registered case to her as lead; it leaves the intake queue.
        actAs("supervisor");
        logIn("coordinator", TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werk"))).isVisible();
        navigateTo("Intakewachtrij");
        assertThat(page.locator("#intake-count")).hasText("1 zaak zonder bemiddelaar");
        assertThat(page.locator("#intake-unassigned")).containsText(CASE_TITLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzen " + reference)).click();
        ui().settle();
        assertThat(page.locator("#assign-lead")).isVisible();
        page.locator("#assign-lead input").fill("Sanne");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Sanne Bakker")).first()
                .click();
        assertThat(page.locator("#assign-lead input")).hasValue("Sanne Bakker");
        ui().click("#assign-save");
        assertThat(notification("Bemiddelaars van " + reference + " toegewezen.")).isVisible();
        assertThat(page.locator("#intake-count")).hasText("Geen zaken zonder bemiddelaar");
        page.reload();
        assertThat(page.locator("#intake-count")).hasText("Geen zaken zonder bemiddelaar");
        assertThat(page.locator("#intake-unassigned")).not().containsText(reference);

        // 4. The mediator finds it on Mijn werk and works it to closed with full agreement.
        actAs("mediator");
        page.navigate(url("/"));
        assertThat(page.locator("#mywork-cases")).containsText("Mijn open zaken (1)");
        Locator caseLink = page.locator("#mywork-cases a").filter(new Locator.FilterOptions()
                .setHasText(reference + " — " + CASE_TITLE));
        assertThat(caseLink).isVisible();
        caseLink.click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + reference + "$"));
        assertThat(page.locator("#case-title")).hasText(reference + " — " + CASE_TITLE);
        ui().assertStatus("Aangemeld");
        assertThat(page.locator(".brug-case-header")).containsText("Hoofdbemiddelaar: Sanne Bakker");

        ui().forwardTo("Intake");
        ui().assertStatus("Intake");
        consent("Joyce Willems", 1);
        consent("Henk Mulder", 2);
        ui().forwardTo("In bemiddeling");
        ui().assertStatus("In bemiddeling");

        ui().section("Afspraken");
        ui().click("#add-item");
        page.locator("#item-description textarea").fill("De takken worden voor 1 mei teruggesnoeid tot de erfgrens");
        page.locator("#item-responsible input").fill("Henk Mulder");
        ui().click("#save-item");
        assertThat(page.locator("#item-grid")).containsText("De takken worden voor 1 mei teruggesnoeid");
        ui().selectOption("Vorm", "Intentieverklaring (niet bindend)");
        ui().fillDate(page.locator("#agreement-signed-on input"), TODAY);
        ui().click("#save-agreement");
        assertThat(page.locator("#agreement-signed-on input")).hasValue(TODAY);
        ui().forwardTo("Afspraken");
        ui().assertStatus("Afspraken");

        ui().section("Afspraken");
        String proposed = LocalDate.now(DisplayFormats.ZONE).plusWeeks(4).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(page.locator("#follow-up-date input")).hasValue(proposed);
        ui().click("#save-follow-up");
        ui().forwardTo("Nazorg");
        ui().assertStatus("Nazorg");

        ui().section("Afspraken");
        page.locator("#follow-up-finding textarea").fill("De takken zijn gesnoeid; de schutting staat er weer.");
        ui().click("#save-follow-up");
        assertThat(page.locator("#follow-up-finding textarea")).hasValue("De takken zijn gesnoeid; de schutting staat er weer.");
        ui().click("#close-case");
        page.locator("#close-outcome").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Volledige overeenstemming"))
                .first().click();
        ui().click("#confirm-close");
        ui().assertStatus("Afgesloten");
        assertThat(page.locator(".brug-case-header")).containsText("Uitkomst: Volledige overeenstemming");

        // 5. The supervisor finds it to review and returns it with a comment.
        actAs("supervisor");
        navigateTo("Te beoordelen");
        assertThat(page.locator("#review-count")).hasText("1 zaak te beoordelen");
        Locator queued = page.locator("#review-queue-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(CASE_TITLE));
        assertThat(page.locator("#review-queue-grid")).containsText("Volledige overeenstemming");
        queued.first().click();
        ui().settle();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + reference + "$"));
        ui().assertStatus("Afgesloten");
        ui().section("Beoordeling");
        assertThat(page.locator("#review-approve")).isVisible();
        assertThat(page.getByText("Wacht op beoordeling", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.locator("#review-comment textarea").fill(RETURN_COMMENT);
        ui().click("#review-return");
        assertThat(notification("De zaak is teruggestuurd naar de bemiddelaars.")).isVisible();
        assertThat(page.locator("#review-return")).hasCount(0);
        assertThat(page.getByText("Wacht op het antwoord van de bemiddelaars.")).isVisible();

        // 6. The mediator sees it returned on Mijn werk and answers.
        actAs("mediator");
        page.navigate(url("/"));
        Locator returned = page.locator("#mywork-returned");
        assertThat(returned).containsText("Teruggestuurd door de coördinator");
        Locator returnedLink = returned.locator("a").filter(new Locator.FilterOptions()
                .setHasText(reference + " — " + CASE_TITLE));
        assertThat(returnedLink).isVisible();
        returnedLink.click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + reference + "$"));
        ui().section("Beoordeling");
        assertThat(page.getByText(RETURN_COMMENT)).isVisible();
        page.locator("#review-answer textarea").fill(ANSWER);
        ui().click("#review-submit-answer");
        assertThat(notification("Uw antwoord is verstuurd. De zaak wacht weer op beoordeling.")).isVisible();
        assertThat(page.locator("#review-answer")).hasCount(0);
        assertThat(page.getByText(ANSWER)).isVisible();
        page.navigate(url("/"));
        assertThat(page.locator("#mywork-returned")).containsText("Geen zaken teruggestuurd.");

        // 7. The supervisor approves; the case leaves the review queue.
        actAs("supervisor");
        navigateTo("Te beoordelen");
        assertThat(page.locator("#review-count")).hasText("1 zaak te beoordelen");
        page.locator("#review-queue-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(CASE_TITLE)).first().click();
        ui().settle();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + reference + "$"));
        ui().section("Beoordeling");
        assertThat(page.getByText(ANSWER)).isVisible();
        ui().click("#review-approve");
        assertThat(notification("De zaak is goedgekeurd.")).isVisible();
        assertThat(page.locator("#review-approve")).hasCount(0);
        assertThat(page.getByText("Goedgekeurd", new Page.GetByTextOptions().setExact(true))).isVisible();
        navigateTo("Te beoordelen");
        assertThat(page.locator("#review-count")).hasText("Geen zaken te beoordelen");
        assertThat(page.locator("#review-queue-grid")).not().containsText(reference);

        // What is stored: both review rounds, and every change to the case, by whom.
        long carlaId = accounts.get("coordinator").requireId();
        assertThat(jdbc.queryForList("select r.round, r.verdict, r.comment, r.answer, r.reviewer_id, r.answered_by"
                + " from case_review r join mediation_case c on c.id = r.case_id where c.reference = ? order by r.round",
                reference))
                .extracting(row -> row.get("round"), row -> row.get("verdict"), row -> row.get("comment"),
                        row -> row.get("answer"), row -> number(row.get("reviewer_id")),
                        row -> number(row.get("answered_by")))
                .containsExactly(
                        tuple(1, "RETURNED", RETURN_COMMENT, ANSWER, carlaId, sanneId),
                        tuple(2, "APPROVED", null, null, carlaId, null));
        assertThat(jdbc.queryForObject("select status || ' ' || outcome || ' ' || review_state from mediation_case"
                + " where reference = ?", String.class, reference)).isEqualTo("CLOSED FULL_AGREEMENT APPROVED");

        assertThat(jdbc.queryForList("select actor_username, detail from audit_log where action = 'CASE_CHANGED'"
                + " and case_reference = ? order by id", reference))
                .extracting(row -> row.get("actor_username"), row -> row.get("detail"))
                .containsExactly(
                        tuple("coordinator", "register"),
                        tuple("coordinator", "assignMediators lead=" + sanneId + " co=null"),
                        tuple("sanne", "transition REGISTERED -> INTAKE"),
                        tuple("sanne", "updateParty"),
                        tuple("sanne", "updateParty"),
                        tuple("sanne", "transition INTAKE -> IN_MEDIATION"),
                        tuple("sanne", "addAgreementItem"),
                        tuple("sanne", "recordAgreement"),
                        tuple("sanne", "transition IN_MEDIATION -> AGREEMENT"),
                        tuple("sanne", "recordFollowUp"),
                        tuple("sanne", "transition AGREEMENT -> FOLLOW_UP"),
                        tuple("sanne", "recordFollowUp"),
                        tuple("sanne", "transition FOLLOW_UP -> CLOSED"),
                        tuple("coordinator", "review round 1 RETURNED"),
                        tuple("sanne", "review round 1 answered"),
                        tuple("coordinator", "review round 2 APPROVED"));
    }

    // --- set-up --------------------------------------------------------------------------------------

    /** Registers the case as the supervisor, through the service: without a lead, so in the intake queue. */
    private String registerAsSupervisor(String username) {
        // The supervisor as the whole login (password and the authenticator's code) makes them.
        BrugUser supervisor = accounts.signedIn(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));
        try {
            return cases.register(new CaseRegistration(
                    CaseOverview.of(CASE_TITLE, CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF),
                    List.of(PartyData.person("Joyce Willems", PartyRole.REQUESTING_PARTY),
                            PartyData.person("Henk Mulder", PartyRole.OTHER_PARTY))));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    // --- people --------------------------------------------------------------------------------------

    /** Switches to this person's browser context, opening one the first time. */
    private void actAs(String person) {
        page = pages.computeIfAbsent(person, p -> browser.newDutchPage());
    }

    private void closeContextOf(String person) {
        Page done = pages.remove(person);
        if (done == page) {
            page = null;
        }
        done.context().close();
    }

    private void logIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        assertThat(page).not().hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        // The administrator and the supervisor give the code from their authenticator app.
        ui().passSecondStep(username);
    }

    // --- steps ---------------------------------------------------------------------------------------

    private BrugPage ui() {
        return new BrugPage(page, accounts::nextCode);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void navigateTo(String item) {
        page.locator("#main-navigation vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(item))
                .click();
        ui().settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(item))).isVisible();
    }

    /** Records today's consent for one party; afterwards {@code consented} parties show it. */
    private void consent(String partyName, int consented) {
        ui().consent(partyName);
        assertThat(page.locator("#party-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(TODAY))).hasCount(consented);
    }

    private Locator notification(String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true)).first();
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
