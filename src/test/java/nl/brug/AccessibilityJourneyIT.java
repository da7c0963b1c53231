package nl.brug;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrowserJourneyTest;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * Every page of every role, on a tablet held upright (820×1180) and on a laptop (1400×900), in a real browser:
 * no action button may be out of reach (cut off inside a table, hidden behind a scroll arrow or off to the
 * right; scrolling the page itself is fine), axe-core finds no serious or critical WCAG 2.1 A/AA problem,
 * and the page declares the language it is written in. Each role's pages are seen in Dutch at both widths
 * (axe-core, layout, language) and in English on a smaller tablet, 768×1024 (layout, language). A second
 * journey is done with the keyboard only.
 *
 * <p>Findings are written to {@code target/a11y/findings.txt}, page by page, before the test fails on them.
 */
@BrowserJourneyTest
class AccessibilityJourneyIT {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    /**
     * Findings accepted on purpose: rule, a piece of the element's selector or HTML, and why it cannot be
     * fixed. Every entry here is a known defect that a user meets; keep it empty where possible.
     */
    private static final List<Accepted> ACCEPTED = List.of();

    private static final Viewport TABLET = new Viewport("820x1180", 820, 1180);
    private static final Viewport LAPTOP = new Viewport("1400x900", 1400, 900);
    /** The narrowest width Brug is made for; the English pages are looked at here. */
    private static final Viewport SMALL_TABLET = new Viewport("768x1024", 768, 1024);

    private static final String LONG_TITLE = "Geluidsoverlast van de bovenburen sinds de verbouwing van de zolder"
            + " en de nieuwe dakkapel aan de achterkant";
    private static final String LONG_NAME = "Maria Wilhelmina Catharina van Oldenbarnevelt-Tot Stoutenburg";

    @LocalServerPort
    int port;
    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;

    private BrowserSession browser;
    private Page page;
    private BrugPage ui;
    private String openCase = "";
    private String closedCase = "";

    /** Per page (role, page, viewport, language): the findings that fail the build. */
    private final Map<String, List<String>> axeFindings = new LinkedHashMap<>();
    private final Map<String, List<String>> outOfReach = new LinkedHashMap<>();
    private final Map<String, String> wrongLanguage = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        database.clear();
        browser = BrowserSupport.launchChromium();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (page != null && !page.isClosed()) {
            BrowserSupport.screenshot(page, test, "");
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageOfEveryRoleKeepsItsActionsInReachPassesAxeAndDeclaresItsLanguage() {
        // Before anyone exists: the setup page.
        newPage();
        for (Viewport viewport : List.of(TABLET, LAPTOP)) {
            viewport.apply(page);
            open("anonymous", "setup", viewport, "nl", "/setup");
        }

        createPeopleAndCases();
        for (Viewport viewport : List.of(TABLET, LAPTOP)) {
            viewport.apply(page);
            open("anonymous", "login", viewport, "nl", "/login");
        }
        SMALL_TABLET.apply(page);
        ui.click("#login-language");
        assertThat(page.locator("vaadin-login-form")).containsText("Log in");
        check("anonymous", "login", SMALL_TABLET, "en");
        page.context().close();

        visitAsMediator();
        visitAsSupervisor();
        visitAsAdministrator();

        writeReport();
        assertThat(wrongLanguage).as("pages whose <html lang> is not the language they are written in").isEmpty();
        assertThat(outOfReach).as("actions out of reach (cut off inside a table or tab bar, or outside the window)")
                .isEmpty();
        assertThat(axeFindings).as("serious or critical axe-core findings (WCAG 2.1 A/AA), see target/a11y/findings.txt")
                .isEmpty();
    }

    @Test
    void aKeyboardUserSkipsToTheContentReachesTheCaseListQuicklyAndLandsOnTheCaseHeading() {
        createPeopleAndCases();
        newPage();
        TABLET.apply(page);
        ui.logIn(url(""), "anna", TestAccounts.PASSWORD);

        page.navigate(url("/cases"));
        ui.settle();
        assertThat(page.locator("#case-grid")).containsText(openCase);
        // 1. The first Tab reaches "skip to content", which moves the focus past the navigation.
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-to-content")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
        // 2. From the content, two keys bring the focus onto the first case of the list, past the filters.
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-to-case-list")).isFocused();
        page.keyboard().press("Enter");
        Locator focusedCase = page.locator("#case-grid a:focus");
        assertThat(focusedCase).hasCount(1);
        String reference = focusedCase.textContent().strip();
        // 3. Enter opens it, and the focus is on the case's heading, not at the top of the page.
        page.keyboard().press("Enter");
        ui.settle();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + reference + "$"));
        assertThat(page.locator("#case-title")).isFocused();

        // On a laptop, with the side navigation open, the skip link still comes first.
        LAPTOP.apply(page);
        page.navigate(url("/cases"));
        ui.settle();
        assertThat(page.locator("#main-navigation")).isVisible();
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-to-content")).isFocused();

        // Opening a case with the mouse, from Mijn werk, ends on its heading as well.
        page.navigate(url("/"));
        ui.settle();
        page.locator("#mywork-cases a").filter(new Locator.FilterOptions().setHasText(openCase)).first().click();
        ui.settle();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + openCase + "$"));
        assertThat(page.locator("#case-title")).isFocused();
    }

    // --- the roles' pages ----------------------------------------------------------------------------

    private void visitAsMediator() {
        newPage();
        ui.logIn(url(""), "anna", TestAccounts.PASSWORD);
        for (String language : List.of("nl", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            for (Viewport viewport : language.equals("nl") ? List.of(TABLET, LAPTOP) : List.of(SMALL_TABLET)) {
                viewport.apply(page);
                open("mediator", "Mijn werk", viewport, language, "/");
                open("mediator", "case list", viewport, language, "/cases");
                open("mediator", "register case", viewport, language, "/cases/new");
                casePage("mediator", openCase, viewport, language);
                open("mediator", "my calendar", viewport, language, "/my-calendar");
                open("mediator", "change password", viewport, language, "/password");
            }
        }
        page.context().close();
    }

    private void visitAsSupervisor() {
        newPage();
        ui.logIn(url(""), "coordinator", TestAccounts.PASSWORD);
        for (String language : List.of("nl", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            for (Viewport viewport : language.equals("nl") ? List.of(TABLET, LAPTOP) : List.of(SMALL_TABLET)) {
                viewport.apply(page);
                open("supervisor", "Mijn werk", viewport, language, "/");
                open("supervisor", "case list", viewport, language, "/cases");
                open("supervisor", "intake queue", viewport, language, "/intake-queue");
                open("supervisor", "review queue", viewport, language, "/review-queue");
                open("supervisor", "retention", viewport, language, "/retention");
                open("supervisor", "outcomes", viewport, language, "/reports/outcomes");
                open("supervisor", "tension picture", viewport, language, "/tension");
                open("supervisor", "access request", viewport, language, "/subject-access");
                casePage("supervisor", closedCase, viewport, language);
                open("supervisor", "change password", viewport, language, "/password");
            }
        }
        page.context().close();
    }

    private void visitAsAdministrator() {
        newPage();
        ui.logIn(url(""), "beheer", TestAccounts.PASSWORD);
        for (String language : List.of("nl", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            for (Viewport viewport : language.equals("nl") ? List.of(TABLET, LAPTOP) : List.of(SMALL_TABLET)) {
                viewport.apply(page);
                open("administrator", "accounts", viewport, language, "/accounts");
                open("administrator", "audit log", viewport, language, "/audit");
                open("administrator", "backups", viewport, language, "/backups");
                open("administrator", "change password", viewport, language, "/password");
            }
        }
        page.context().close();
    }

    /** The case page, section by section (the tabs are found by position, so this works in both languages). */
    private void casePage(String role, String reference, Viewport viewport, String language) {
        page.navigate(url("/cases/" + reference));
        ui.settle();
        assertThat(page.locator("#case-title")).containsText(reference);
        Locator tabs = page.locator("#case-sections vaadin-tab");
        int count = tabs.count();
        assertThat(count).as("sections of the case page").isGreaterThanOrEqualTo(7);
        for (int i = 0; i < count; i++) {
            Locator tab = tabs.nth(i);
            String name = tab.textContent().strip();
            // A tab behind a scroll arrow is clicked after Playwright scrolls it into view; the layout check
            // below, made before the click, is what catches it.
            if (i == 0) {
                check(role, "case: " + name, viewport, language);
            }
            tab.click();
            ui.settle();
            if (i > 0) {
                // Only the section changed since the first scan of this page.
                check(role, "case: " + name, viewport, language, "#case-sections");
            }
        }
    }

    private void open(String role, String name, Viewport viewport, String language, String path) {
        page.navigate(url(path));
        ui.settle();
        assertThat(page.locator("h1, h2").filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
        check(role, name, viewport, language);
        if (path.equals("/cases")) {
            titleHasRoom(role + " | " + name + " | " + viewport.name() + " | " + language, language,
                    viewport == LAPTOP ? 280 : 190);
        }
    }

    /**
     * The case list's title column keeps at least 12rem (192 px, some 25 characters; longer titles wrap) on
     * a tablet and gets the room a laptop has to spare; the widths are in the report.
     */
    private void titleHasRoom(String key, String language, int minimum) {
        Locator sorter = page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + (language.equals("en") ? "Title" : "Titel") + "\\s*$")));
        Locator header = page.locator("#case-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHas(sorter));
        double width = header.boundingBox().width;
        titleWidths.put(key, (int) Math.round(width));
        if (width < minimum) {
            outOfReach.put(key + " (title column)", List.of("the title column is only " + Math.round(width) + " px wide"));
        }
    }

    private void switchToEnglish() {
        page.navigate(url("/password"));
        ui.settle();
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        menuItem("Taal").click();
        menuItem("English").click();
        ui.settle();
        assertThat(page.locator("h2").first()).hasText("Change password");
    }

    private Locator menuItem(String text) {
        return page.locator("vaadin-menu-bar-item[role=menuitem]")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + text + "\\s*$")));
    }

    // --- the checks ----------------------------------------------------------------------------------

    private void check(String role, String name, Viewport viewport, String language) {
        check(role, name, viewport, language, null);
    }

    /** Checks the page; with a scope, axe-core looks only there (the rest was scanned a moment before). */
    private void check(String role, String name, Viewport viewport, String language, String scope) {
        String key = role + " | " + name + " | " + viewport.name() + " | " + language;
        if (Boolean.getBoolean("brug.a11y.screenshots")) {
            // -Dbrug.a11y.screenshots=true keeps a picture of every page seen, to look at the layout by eye.
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "a11y", "pages",
                    key.replaceAll("[^A-Za-z0-9]+", "-") + ".png")));
        }
        String declared = (String) page.evaluate("() => document.documentElement.lang");
        if (!language.equals(declared)) {
            wrongLanguage.put(key, "declares '" + declared + "'");
        }
        @SuppressWarnings("unchecked")
        List<String> unreachable = (List<String>) page.evaluate(OUT_OF_REACH_SCRIPT);
        if (!unreachable.isEmpty()) {
            outOfReach.put(key, unreachable);
        }
        if (!language.equals("nl")) {
            // The English pages are the same components with texts of similar length: axe-core checks them in
            // Dutch at both widths, which keeps this journey at a few minutes; in English the language the
            // page declares and the layout are checked.
            return;
        }
        long started = System.nanoTime();
        // Only violations come back (axe-core otherwise returns every passing node too, which is slow).
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder(page).options(options).withTags(WCAG_TAGS);
        if (scope != null) {
            axe.include(scope);
        }
        AxeResults results = axe.analyze();
        axeMillis += (System.nanoTime() - started) / 1_000_000;
        assertThat(results.isErrored()).as("axe-core ran on " + key + ": " + results.getErrorMessage()).isFalse();
        List<String> blocking = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                if (!BLOCKING_IMPACTS.contains(impact)) {
                    continue;
                }
                String target = String.valueOf(node.getTarget());
                if (ACCEPTED.stream().anyMatch(accepted -> accepted.covers(rule.getId(), target, node.getHtml()))) {
                    continue;
                }
                blocking.add(impact + " " + rule.getId() + " " + target + " " + abbreviate(node.getHtml()) + " — "
                        + abbreviate(node.getFailureSummary()));
            }
        }
        axeCounts.put(key, blocking.size());
        if (!blocking.isEmpty()) {
            axeFindings.put(key, blocking);
        }
    }

    private final Map<String, Integer> axeCounts = new LinkedHashMap<>();
    private long axeMillis;
    private final Map<String, Integer> titleWidths = new LinkedHashMap<>();

    private void writeReport() {
        StringBuilder report = new StringBuilder("serious+critical axe findings per page (role | page | viewport | language)\n");
        axeCounts.forEach((key, count) -> report.append(String.format("%3d  %s%n", count, key)));
        report.append("\ntotal: ").append(axeCounts.values().stream().mapToInt(Integer::intValue).sum())
                .append(" on ").append(axeCounts.values().stream().filter(count -> count > 0).count())
                .append(" of ").append(axeCounts.size()).append(" pages; axe-core took ").append(axeMillis)
                .append(" ms in all\n\n");
        axeFindings.forEach((key, findings) -> report.append(key).append('\n')
                .append(findings.stream().map(f -> "    " + f).collect(Collectors.joining("\n"))).append('\n'));
        report.append("\ncase list: width of the title column (px)\n");
        titleWidths.forEach((key, width) -> report.append(String.format("%5d  %s%n", width, key)));
        report.append("\nactions out of reach\n");
        outOfReach.forEach((key, findings) -> report.append(key).append('\n')
                .append(findings.stream().map(f -> "    " + f).collect(Collectors.joining("\n"))).append('\n'));
        report.append("\nwrong <html lang>\n");
        wrongLanguage.forEach((key, finding) -> report.append(key).append(": ").append(finding).append('\n'));
        try {
            Path file = Path.of("target", "a11y", "findings.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(report);
    }

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    /**
     * Every visible button, link, tab and menu button whose box is not wholly inside the window's width, or
     * is cut off horizontally by an ancestor that scrolls or clips (a grid's scroller, a tab bar), walking up
     * through shadow roots and slots; and every table that scrolls sideways. Scrolling the page up or down
     * to reach an action is fine.
     */
    private static final String OUT_OF_REACH_SCRIPT = """
            () => {
              const selector = 'vaadin-button, button, a[href], vaadin-tab, vaadin-menu-bar-button,'
                  + ' vaadin-side-nav-item, vaadin-drawer-toggle';
              const width = document.documentElement.clientWidth;
              const parentOf = node => node.assignedSlot || node.parentNode || node.host;
              const describe = el => {
                const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
                return el.localName + (el.id ? '#' + el.id : '') + ' "' + text.substring(0, 50) + '"';
              };
              const problems = [];
              for (const el of document.querySelectorAll(selector)) {
                // Skip links stay out of sight until the keyboard reaches them (the keyboard journey checks them).
                if (el.classList.contains('brug-skip-link')) continue;
                if (!el.checkVisibility({checkVisibilityCSS: true, visibilityProperty: true})) continue;
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                let problem = null;
                if (box.left < -1 || box.right > width + 1) {
                  problem = 'outside the window (' + Math.round(box.left) + '..' + Math.round(box.right)
                      + ' of ' + width + ' px)';
                }
                for (let node = parentOf(el); node && !problem; node = parentOf(node)) {
                  if (node.nodeType !== Node.ELEMENT_NODE) continue;
                  if (getComputedStyle(node).overflowX === 'visible') continue;
                  const clip = node.getBoundingClientRect();
                  if (box.left < clip.left - 1 || box.right > clip.right + 1) {
                    problem = 'cut off by ' + node.localName + (node.id ? '#' + node.id : '')
                        + (node.getAttribute('part') ? '[part=' + node.getAttribute('part') + ']' : '')
                        + ' (' + Math.round(box.left) + '..' + Math.round(box.right) + ' in '
                        + Math.round(clip.left) + '..' + Math.round(clip.right) + ')';
                  }
                }
                if (problem) problems.push(describe(el) + ': ' + problem);
              }
              // Tables wrap rather than scroll sideways, so no column hides behind the window's edge.
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                if (!grid.checkVisibility({checkVisibilityCSS: true, visibilityProperty: true})) continue;
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                if (table && table.scrollWidth > table.clientWidth + 1) {
                  problems.push('vaadin-grid' + (grid.id ? '#' + grid.id : '') + ': scrolls sideways ('
                      + table.scrollWidth + ' px of content in ' + table.clientWidth + ' px)');
                }
              }
              return problems;
            }
            """;

    // --- people, cases and pages ---------------------------------------------------------------------

    private void newPage() {
        page = browser.newDutchPage();
        ui = new BrugPage(page, accounts::nextCode);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * An administrator, a supervisor, a mediator and a mediator with a very long name; a case in intake with
     * parties, a planned session, a note and an agreement item (so every table has its action buttons), a case
     * without a mediator (for the intake queue) and a closed one awaiting review.
     */
    private void createPeopleAndCases() {
        accounts.create("beheer", "Bert Beheerder", EnumSet.of(Role.ADMIN));
        accounts.create("coordinator", "Carla Jansen", EnumSet.of(Role.SUPERVISOR));
        long anna = accounts.create("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR)).requireId();
        accounts.create("maria.van.oldenbarnevelt", LONG_NAME, EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR));

        openCase = as("coordinator", () -> register(LONG_TITLE, CaseKind.HORIZONTAL,
                PartyData.person("Fatima de Jong-El Idrissi", PartyRole.REQUESTING_PARTY)
                        .withContact("fatima.dejong-elidrissi@voorbeeld-bewonersvereniging.nl", "06-12345678"),
                PartyData.person("Kees Visser", PartyRole.OTHER_PARTY)));
        closedCase = as("coordinator", () -> register("Schutting op de erfgrens", CaseKind.HORIZONTAL,
                PartyData.person("Joyce Willems", PartyRole.REQUESTING_PARTY),
                PartyData.person("Henk Mulder", PartyRole.OTHER_PARTY)));
        as("coordinator", () -> register("Parkeren voor de uitrit", CaseKind.HORIZONTAL,
                PartyData.person("Ahmed Yilmaz", PartyRole.REQUESTING_PARTY)));
        as("coordinator", () -> {
            cases.assignMediators(openCase, cases.details(openCase).version(), anna, null);
            cases.assignMediators(closedCase, cases.details(closedCase).version(), anna, null);
            return null;
        });
        as("anna", () -> {
            cases.transition(openCase, cases.details(openCase).version(), TransitionRequest.forward(CaseStatus.INTAKE));
            LocalDateTime start = LocalDate.now(DisplayFormats.ZONE).plusDays(3).atTime(LocalTime.of(10, 0));
            work.planSession(openCase, SessionData.planned(SessionKind.INTAKE, start, start.plusHours(1),
                    "Buurthuis De Brug, zaal 2"));
            work.addNote(openCase, "Eerste telefoongesprek met mevrouw De Jong.", false);
            work.addAgreementItem(openCase, new AgreementItemData("Geen harde muziek na 22:00 uur", "Kees Visser",
                    LocalDate.now(DisplayFormats.ZONE).plusWeeks(2), ItemStatus.OPEN));
            cases.transition(closedCase, cases.details(closedCase).version(),
                    TransitionRequest.close(Outcome.NOT_SUITABLE, null, "De buren hebben het zelf opgelost."));
            return null;
        });
    }

    private String register(String title, CaseKind kind, PartyData... parties) {
        return cases.register(new CaseRegistration(
                CaseOverview.of(title, kind, Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF), List.of(parties)));
    }

    private <T> T as(String username, Supplier<T> work) {
        // The user after the whole login (the second factor included, for a supervisor).
        BrugUser user = accounts.signedIn(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Viewport(String name, int width, int height) {
        void apply(Page page) {
            page.setViewportSize(width, height);
        }
    }

    /** A finding accepted on purpose, with the reason a user still meets it. */
    private record Accepted(String rule, String element, String reason) {
        boolean covers(String ruleId, String target, String html) {
            return rule.equals(ruleId) && (target.contains(element) || (html != null && html.contains(element)));
        }
    }
}
