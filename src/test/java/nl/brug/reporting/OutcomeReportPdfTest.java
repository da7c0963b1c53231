package nl.brug.reporting;

import static nl.brug.reporting.ReportingFixture.Q1_FROM;
import static nl.brug.reporting.ReportingFixture.Q1_TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.document.PdfDrawings;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;

/**
 * The outcome report as a PDF for the funder: the page's figures and tables, and its charts drawn into the PDF
 * as vector shapes in the chart's colours (no picture of a chart), in the reader's language; audited.
 */
@BrugSpringTest
class OutcomeReportPdfTest {

    @Autowired
    OutcomeReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    long supervisorId;
    long mediatorId;

    @BeforeEach
    void firstQuarterAsSupervisor() {
        ReportingFixture fixture = new ReportingFixture(jdbc);
        fixture.clear();
        mediatorId = fixture.account("anna", Role.MEDIATOR);
        supervisorId = fixture.account("carla", Role.SUPERVISOR);
        fixture.firstQuarter(mediatorId);
        ReportingFixture.signIn(supervisorId, "carla", Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void holdsThePagesFiguresTablesAndChartsInDutchAndIsAudited() throws IOException {
        byte[] pdf = reports.exportPdf(Q1_FROM, Q1_TO, Locale.of("nl"));

        String text = text(pdf);
        assertThat(text).contains("Uitkomsten van bemiddeling", "01-01-2026 – 31-03-2026", "Aangemelde zaken",
                "Overeenstemmingspercentage", "50%", "Per status", "Per soort", "Per thema", "Per uitkomst",
                "Volledige overeenstemming", "Pagina 1 van");
        // Each label twice: once in the table, once beside its bar in the chart.
        assertThat(occurrences(text, "Geluidsoverlast")).isEqualTo(2);
        assertThat(occurrences(text, "Doorverwezen")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'EXPORT'", String.class))
                .isEqualTo("outcomes pdf 2026-01-01/2026-03-31");
    }

    @Test
    void drawsTheChartsAsVectorBarsNotAsPictures() throws IOException {
        PdfDrawings drawings = PdfDrawings.of(reports.exportPdf(Q1_FROM, Q1_TO, Locale.of("nl")));

        assertThat(drawings.images()).as("no picture of a chart (and no logo configured)").isZero();
        // Bars take the palette's six colours in turn, the first is blue (#0072B2). Blue bars longer than zero in
        // this quarter: the first of each of the four charts (the theme chart's seventh, school, counts 0). Each
        // is as long as its count relative to its chart's longest bar: 1 of 4, 4 of 4, 1 of 2, 1 of 1.
        assertThat(drawings.fills()).filteredOn(fill -> fill.rgb() == 0x0072B2 && fill.width() > 0)
                .extracting(fill -> Math.round(fill.width() / 57)).containsExactly(1L, 4L, 2L, 4L);
    }

    @Test
    void speaksEnglishToAnEnglishReader() throws IOException {
        String text = text(reports.exportPdf(Q1_FROM, Q1_TO, Locale.ENGLISH));

        assertThat(text).contains("Outcomes of mediation", "By status", "Page 1 of").doesNotContain("Per status");
    }

    @Test
    void isForSupervisorsOnly() {
        ReportingFixture.signIn(mediatorId, "anna", Role.MEDIATOR);

        assertThatThrownBy(() -> reports.exportPdf(Q1_FROM, Q1_TO, Locale.of("nl"))).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int occurrences(String text, String word) {
        return text.split(word, -1).length - 1;
    }
}
