package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.SpreadsheetFile;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.TypedDates;
import nl.brug.testsupport.WithBrugUser;

/** The case list: filters run in the database and live in the URL; a mediator sees only their cases. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class CaseListViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void threeCasesTwoOfThemAnnas() {
        // Runs before @WithBrugUser signs anna in, so the cases are registered as their mediators here.
        database.clear();
        accounts.create("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR));
        accounts.create("youssef", Role.MEDIATOR);
        runAs("anna", () -> {
            register("Geluidsoverlast bovenburen", CaseKind.HORIZONTAL, Theme.NOISE, PartyData.person("Fatima de Jong",
                    PartyRole.REQUESTING_PARTY));
            register("Bezwaar tegen handhavingsbesluit", CaseKind.VERTICAL, Theme.PUBLIC_SERVICE,
                    PartyData.publicBody("Gemeente Utrecht", PartyRole.OTHER_PARTY, "J. de Wit", true));
        });
        runAs("youssef", () -> register("Heg en erfgrens", CaseKind.HORIZONTAL, Theme.PETS_AND_GARDENS,
                PartyData.person("Kees Visser", PartyRole.REQUESTING_PARTY)));
    }

    private void register(String title, CaseKind kind, Theme theme, PartyData party) {
        cases.register(new CaseRegistration(CaseOverview.of(title, kind, theme, Source.PARTY_ITSELF), List.of(party)));
    }

    private void runAs(String username, Runnable action) {
        SecurityContext before = SecurityContextHolder.getContext();
        BrugUser user = accounts.signedIn(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> titlesShown() {
        var grid = test((Grid<CaseListItem>) $(Grid.class).id("case-grid"));
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).title()).toList();
    }

    private String countShown() {
        return $(Span.class).id("case-count").getText();
    }

    private QueryParameters addressNow() {
        return UI.getCurrent().getActiveViewLocation().getQueryParameters();
    }

    @Test
    void aMediatorSeesOnlyTheCasesAssignedToThem() {
        UI.getCurrent().navigate("cases");

        assertThat(titlesShown()).containsExactlyInAnyOrder("Geluidsoverlast bovenburen", "Bezwaar tegen handhavingsbesluit");
        assertThat(countShown()).isEqualTo("2 zaken");
    }

    @Test
    void freeTextFindsAPartysNameAndGoesIntoTheAddress() {
        UI.getCurrent().navigate("cases");

        test($(TextField.class).withLabel("Zoeken").first()).setValue("utrecht");

        assertThat(titlesShown()).containsExactly("Bezwaar tegen handhavingsbesluit");
        assertThat(countShown()).isEqualTo("1 zaak");
        assertThat(addressNow().getParameters()).containsEntry("q", List.of("utrecht"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilterInTheAddressIsAppliedAndShownInTheFields() {
        UI.getCurrent().navigate("cases", QueryParameters.simple(java.util.Map.of("kind", "VERTICAL", "status", "REGISTERED")));

        assertThat(titlesShown()).containsExactly("Bezwaar tegen handhavingsbesluit");
        assertThat(((Select<CaseKind>) $(Select.class).withLabel("Soort").first()).getValue()).isEqualTo(CaseKind.VERTICAL);

        // Like the back button: the address without the filter brings the whole list back.
        UI.getCurrent().navigate("cases");
        assertThat(titlesShown()).hasSize(2);
        assertThat($(Select.class).withLabel("Soort").first().getValue()).isNull();
    }

    @Test
    void choosingAKindPutsItInTheAddress() {
        UI.getCurrent().navigate("cases");

        test($(Select.class).withLabel("Soort").first()).selectItem("Horizontaal");

        assertThat(titlesShown()).containsExactly("Geluidsoverlast bovenburen");
        assertThat(addressNow().getParameters()).containsEntry("kind", List.of("HORIZONTAL"));
    }

    @Test
    void unknownValuesInTheAddressAreIgnored() {
        UI.getCurrent().navigate("cases", QueryParameters.simple(java.util.Map.of("kind", "SIDEWAYS", "from", "gisteren")));

        assertThat(titlesShown()).hasSize(2);
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void aSupervisorSeesEveryCase() {
        UI.getCurrent().navigate("cases");

        assertThat(titlesShown()).hasSize(3);
        assertThat(countShown()).isEqualTo("3 zaken");
    }

    private DatePicker picker(String label) {
        return $(DatePicker.class).withLabel(label).first();
    }

    private String emptyText() {
        return $(Grid.class).id("case-grid").getEmptyStateText();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsSaysSoAtTheDates() {
        UI.getCurrent().navigate("cases");
        java.time.LocalDate today = java.time.LocalDate.now(nl.brug.base.DisplayFormats.ZONE);

        test(picker("Aangemeld vanaf")).setValue(today);
        test(picker("Aangemeld tot en met")).setValue(today.minusDays(10));

        assertThat(picker("Aangemeld tot en met").isInvalid()).isTrue();
        assertThat(picker("Aangemeld tot en met").getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(titlesShown()).isEmpty();
        assertThat(emptyText()).startsWith("Niets te tonen: de gekozen periode klopt niet.");

        test(picker("Aangemeld tot en met")).setValue(today);

        assertThat(picker("Aangemeld tot en met").isInvalid()).isFalse();
        assertThat(titlesShown()).hasSize(2);
    }

    @Test
    void aFilterThatMatchesNothingSaysWhatToDo() {
        UI.getCurrent().navigate("cases");

        test($(TextField.class).withLabel("Zoeken").first()).setValue("onvindbaar");

        assertThat(titlesShown()).isEmpty();
        assertThat(emptyText()).isEqualTo("Geen zaken die bij deze filters passen. Pas de filters aan of kies ‘Filters wissen’.");
    }

    @Test
    @WithBrugUser(username = "sanne", roles = Role.MEDIATOR)
    void aMediatorWithoutCasesIsToldHowCasesArrive() {
        UI.getCurrent().navigate("cases");

        assertThat(titlesShown()).isEmpty();
        assertThat(emptyText()).startsWith("Er zijn nog geen zaken die u kunt zien. Meld een zaak aan");
    }

    @Test
    void aDateThatCannotBeReadKeepsTheListAndTheTypedTextAndSaysSo() {
        UI.getCurrent().navigate("cases", QueryParameters.simple(java.util.Map.of("from", "2020-01-01")));

        TypedDates.typeUnreadable(picker("Aangemeld vanaf"), "99-99-9999");

        assertThat(picker("Aangemeld vanaf").getErrorMessage()).isEqualTo("Geen geldige datum. Vul een datum in als 22-11-2026.");
        assertThat(picker("Aangemeld vanaf").isInvalid()).isTrue();
        // The filter is not silently widened: the address still holds the last date that could be read.
        assertThat(addressNow().getParameters()).containsEntry("from", List.of("2020-01-01"));
        assertThat(picker("Aangemeld vanaf").getElement().getProperty("_inputElementValue")).isEqualTo("99-99-9999");
    }

    private Anchor export() {
        return $(Anchor.class).id("cases-export");
    }

    private List<String> titlesExported() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(export()).download(csv);
        return SpreadsheetFile.read(csv.toByteArray()).rows().stream().map(row -> row.get("Titel")).toList();
    }

    @Test
    void theExportButtonDownloadsWhatTheFilterShowsAndIsAudited() {
        UI.getCurrent().navigate("cases", QueryParameters.simple(java.util.Map.of("kind", "VERTICAL")));

        assertThat($(Button.class).withText("Exporteren (CSV)").exists()).isTrue();
        assertThat(export().getElement().getAttribute("download")).as("a download, not a page").isNotNull();
        assertThat(titlesExported()).containsExactly("Bezwaar tegen handhavingsbesluit");
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'CASE_LIST_EXPORTED'",
                String.class)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("1 cases CaseFilter[text=, statuses=[], kind=VERTICAL,");

        UI.getCurrent().navigate("cases");
        assertThat(titlesExported()).as("a mediator's export holds only their cases, as the list does")
                .containsExactlyInAnyOrder("Geluidsoverlast bovenburen", "Bezwaar tegen handhavingsbesluit");
    }

    @Test
    void aPeriodThatHoldsNoCaseCannotBeExported() {
        UI.getCurrent().navigate("cases", QueryParameters.simple(java.util.Map.of("from", "2026-03-10", "to",
                "2026-03-01")));

        assertThat(export().isEnabled()).isFalse();
    }
}
