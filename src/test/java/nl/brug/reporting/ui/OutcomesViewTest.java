package nl.brug.reporting.ui;

import static nl.brug.reporting.ReportingFixture.Q1_FROM;
import static nl.brug.reporting.ReportingFixture.Q1_TO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.brug.testsupport.BrugSpringTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.PageNotFoundInLayout;
import nl.brug.reporting.ReportPeriod;
import nl.brug.reporting.ReportingFixture;
import nl.brug.security.Role;

/** The Uitkomsten page, without a browser: what a supervisor sees, and that nobody else sees it. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class OutcomesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void firstQuarter() {
        ReportingFixture fixture = new ReportingFixture(jdbc);
        fixture.clear();
        fixture.firstQuarter(fixture.account("anna", Role.MEDIATOR));
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void aSupervisorSeesTheKeyFigures() {
        openFirstQuarter();

        assertThat(getCurrentView()).isInstanceOf(OutcomesView.class);
        assertThat(text("outcomes-registered")).isEqualTo("6");
        assertThat(text("outcomes-closed")).isEqualTo("4");
        assertThat(text("outcomes-agreement-rate")).isEqualTo("50%");
        assertThat(text("outcomes-median-days")).isEqualTo("20");
        assertThat(find(Span.class).withText("2 van 4 afgesloten zaken met volledige of gedeeltelijke overeenstemming")
                .exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void eachBreakdownIsATableAndAChartWithDutchLabels() {
        openFirstQuarter();

        List<NativeTable> tables = find(NativeTable.class).all();
        assertThat(tables).hasSize(4);
        assertThat(rows(tables.get(0))).containsExactly("Aangemeld 1", "Intake 0", "In bemiddeling 0", "Afspraken 0",
                "Nazorg 1", "Afgesloten 4");
        assertThat(rows(tables.get(1))).containsExactly("Horizontaal 4", "Verticaal 2");
        assertThat(rows(tables.get(3))).contains("Volledige overeenstemming 1", "Doorverwezen 1");
        assertThat(tables.get(3).getFoot().getRows().getFirst().getElement().getTextRecursively()).isEqualTo("Totaal4");

        List<Svg> charts = find(Svg.class).all();
        assertThat(charts).hasSize(4);
        String statusChart = charts.get(0).getElement().getProperty("innerHTML");
        assertThat(statusChart).startsWith("<svg").contains("aria-label=\"Staafdiagram: Per status\"")
                .contains(">Aangemeld<").contains(">In bemiddeling<");
        assertThat(statusChart.split("<rect", -1)).hasSize(7);
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void everyTextIsTranslatedInBothLanguages() {
        openFirstQuarter();
        assertTranslated(BrugI18NProvider.DUTCH);

        // What the language menu does: switch, then rebuild the page.
        UI.getCurrent().setLocale(BrugI18NProvider.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);

        assertTranslated(BrugI18NProvider.ENGLISH);
        assertThat(find(H2.class).single().getText()).isEqualTo("Outcomes");
        assertThat(find(Span.class).withText("Agreement rate").exists()).isTrue();
        assertThat(rows(find(NativeTable.class).all().getFirst())).startsWith("Registered 1", "Intake 0", "In mediation 0");
        assertThat(picker("outcomes-to").getValue()).isEqualTo(Q1_TO);
    }

    private void assertTranslated(Locale locale) {
        OutcomesView view = (OutcomesView) getCurrentView();
        String texts = view.getElement().getTextRecursively() + find(Svg.class).all().stream()
                .map(svg -> svg.getElement().getProperty("innerHTML")).reduce("", String::concat);
        // A missing key shows as !key! (see BrugI18NProvider).
        assertThat(texts).as("texts in %s", locale).doesNotContainPattern("![a-z]+\\.[A-Za-z_.]+!");
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void withoutAPeriodTheReportCoversThisYearSoFar() {
        UI.getCurrent().navigate(OutcomesView.class);

        LocalDate today = LocalDate.now(DisplayFormats.ZONE);
        assertThat(picker("outcomes-from").getValue()).isEqualTo(today.withDayOfYear(1));
        assertThat(picker("outcomes-to").getValue()).isEqualTo(today);
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void choosingDatesRecalculatesAndPutsThePeriodInTheUrl() {
        openFirstQuarter();

        test(picker("outcomes-to")).setValue(LocalDate.of(2026, 2, 28));

        assertThat(text("outcomes-registered")).isEqualTo("4");
        assertThat(text("outcomes-median-days")).isEqualTo("22,5");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString())
                .contains("from=2026-01-01").contains("to=2026-02-28");
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void anEndBeforeTheStartIsShownAtTheEndDateAndNothingCanBeExported() {
        openFirstQuarter();

        test(picker("outcomes-to")).setValue(LocalDate.of(2025, 12, 1));

        DatePicker to = picker("outcomes-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(export().isEnabled()).isFalse();

        test(picker("outcomes-to")).setValue(Q1_TO);

        assertThat(picker("outcomes-to").isInvalid()).isFalse();
        assertThat(export().isEnabled()).isTrue();
        assertThat(text("outcomes-registered")).isEqualTo("6");
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void aDateThatCannotBeReadIsCalledSoNotMissingAndNothingCanBeExported() {
        openFirstQuarter();

        nl.brug.testsupport.TypedDates.typeUnreadable(picker("outcomes-from"), "31-02-2026");

        assertThat(picker("outcomes-from").isInvalid()).isTrue();
        assertThat(picker("outcomes-from").getErrorMessage()).isEqualTo("Geen geldige datum. Vul een datum in als 22-11-2026.");
        assertThat(export().isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void theCsvDownloadHoldsTheNumbersOnScreenAndIsAudited() {
        openFirstQuarter();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        test(export()).download(csv);

        assertThat(csv.toString(StandardCharsets.UTF_8).lines()).startsWith("\uFEFFOnderdeel;Omschrijving;Waarde;Code",
                "Periode;Aangemeld vanaf;01-01-2026;period.from", "Periode;Aangemeld tot en met;31-03-2026;period.to",
                "Samenvatting;Aangemelde zaken;6;summary.registered");
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'EXPORT'", String.class))
                .containsExactly("outcomes csv 2026-01-01/2026-03-31");
        assertThat(OutcomesView.fileName(new ReportPeriod(Q1_FROM, Q1_TO)))
                .isEqualTo("brug-uitkomsten-2026-01-01-2026-03-31.csv");
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void thePdfDownloadHoldsTheFiguresOnScreenAndIsAudited() throws java.io.IOException {
        openFirstQuarter();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        test(find(Anchor.class).id("outcomes-export-pdf")).download(pdf);

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("01-01-2026 – 31-03-2026", "Aangemelde zaken 6", "Per thema");
        }
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'EXPORT'", String.class))
                .containsExactly("outcomes pdf 2026-01-01/2026-03-31");
        assertThat(OutcomesView.fileName(new ReportPeriod(Q1_FROM, Q1_TO), "pdf"))
                .isEqualTo("brug-uitkomsten-2026-01-01-2026-03-31.pdf");
    }

    @Test
    @WithMockUser(username = "anna", roles = "MEDIATOR")
    void aMediatorIsRefusedThePage() {
        openFirstQuarter();

        assertThat(getCurrentView()).isNotInstanceOf(OutcomesView.class).isInstanceOf(PageNotFoundInLayout.class);
        assertThat(find(NativeTable.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "beheer", roles = "ADMIN")
    void anAdministratorIsRefusedThePage() {
        openFirstQuarter();

        assertThat(getCurrentView()).isNotInstanceOf(OutcomesView.class);
        assertThat(find(Svg.class).exists()).isFalse();
    }

    private void openFirstQuarter() {
        UI.getCurrent().navigate(OutcomesView.class,
                PeriodParameters.write(new ReportPeriod(Q1_FROM, Q1_TO)));
    }

    private String text(String id) {
        return find(Span.class).id(id).getText();
    }

    private DatePicker picker(String id) {
        return find(DatePicker.class).id(id);
    }

    private Anchor export() {
        return find(Anchor.class).id("outcomes-export");
    }

    /** Each body row as "label count". */
    private static List<String> rows(NativeTable table) {
        return table.getBody().getRows().stream()
                .map(row -> cellTexts(row))
                .toList();
    }

    private static String cellTexts(NativeTableRow row) {
        return String.join(" ", row.getAllCells().stream().map(OutcomesViewTest::textOf).toList());
    }

    private static String textOf(Component cell) {
        return cell.getElement().getText();
    }
}
