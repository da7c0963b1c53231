package nl.brug.reporting.tension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Theme;
import nl.brug.reporting.ReportingFixture;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;

/**
 * The tension picture on a hand-built data set whose answers are worked out below: Utrecht, Lombok has 7, 2 and
 * 6 cases in the first three quarters of 2026, Zuilen 5, 6 and 8, Overvecht 1 in Q2; another municipality and
 * a case outside the quarters do not count. Small numbers and what would give them away are hidden, and only
 * numbers leave the service (no reference, no date finer than a quarter), for a supervisor or a funder only.
 */
@BrugSpringTest
class TensionPictureServiceTest {

    private static final Quarter Q1 = new Quarter(2026, 1);
    private static final Quarter Q3 = new Quarter(2026, 3);

    @Autowired
    TensionPictureService tension;
    @Autowired
    JdbcTemplate jdbc;

    ReportingFixture fixture;
    int next;

    @BeforeEach
    void handBuiltCases() {
        fixture = new ReportingFixture(jdbc);
        fixture.clear();
        long funder = fixture.account("frank", Role.FUNDER);
        cases("Lombok", "2026-01-10", 7, Theme.NOISE, CaseKind.HORIZONTAL);
        cases("Lombok", "2026-04-10", 2, Theme.NOISE, CaseKind.HORIZONTAL);
        cases("Lombok", "2026-07-10", 4, Theme.NOISE, CaseKind.HORIZONTAL);
        cases("Lombok", "2026-09-30", 2, Theme.HOUSING, CaseKind.VERTICAL);
        cases("Zuilen", "2026-03-31", 5, Theme.NOISE, CaseKind.HORIZONTAL);
        cases("Zuilen", "2026-04-01", 6, Theme.YOUTH, CaseKind.HORIZONTAL);
        cases("Zuilen", "2026-08-15", 8, Theme.NOISE, CaseKind.HORIZONTAL);
        cases("Overvecht", "2026-05-05", 1, Theme.GROUP_TENSION, CaseKind.HORIZONTAL);
        cases("Lombok", "2025-12-31", 3, Theme.NOISE, CaseKind.HORIZONTAL); // the quarter before
        jdbc.update("update mediation_case set municipality = 'Utrecht' where municipality is null");
        casesIn("Amersfoort", "Vathorst", "2026-02-02", 9);
        ReportingFixture.signIn(funder, "frank", Role.FUNDER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsEachNeighbourhoodPerQuarterAndHidesWhatCouldSingleSomeoneOut() {
        TensionPicture picture = tension.picture(new TensionQuery("utrecht", Q1, Q3, null, null));

        assertThat(picture.quarters()).containsExactly(Q1, new Quarter(2026, 2), Q3);
        assertThat(picture.rows()).extracting(TensionPicture.Row::neighbourhood)
                .containsExactly("Lombok", "Overvecht", "Zuilen");
        TensionPicture.Row lombok = picture.rows().get(0);
        TensionPicture.Row overvecht = picture.rows().get(1);
        TensionPicture.Row zuilen = picture.rows().get(2);
        // Lombok 7, 2, 6 = 15; Overvecht 0, 1, 0 = 1; Zuilen 5, 6, 8 = 19; quarters 12, 9, 14 = 35.
        // Hidden first: Lombok Q2 (2), all of Overvecht (0, 1, 0 and its total 1).
        // Lombok's row then has one hidden cell: its smallest visible other, Q3 (6), goes too. Column Q1 has only
        // Overvecht's 0 hidden: its smallest visible other, Zuilen's 5, goes too. The column of totals has only
        // Overvecht's 1 hidden (35 - 15 - 19 would give it away): its smallest visible other, Lombok's 15, goes.
        // Then Zuilen's row has one hidden cell (the 5): its next smallest, Q2 (6), goes as well.
        assertThat(lombok.counts()).containsExactly(7L, null, null);
        assertThat(lombok.total()).isNull();
        assertThat(overvecht.counts()).containsExactly(null, null, null);
        assertThat(overvecht.total()).isNull();
        assertThat(zuilen.counts()).containsExactly(null, null, 8L);
        assertThat(zuilen.total()).isEqualTo(19L);
        assertThat(picture.quarterTotals()).containsExactly(12L, 9L, 14L);
        assertThat(picture.total()).isEqualTo(35L);
        assertThat(CellSuppressionTest.recoverable(new long[][] { { 7, 2, 6 }, { 0, 1, 0 }, { 5, 6, 8 } },
                CellSuppression.hidden(new long[][] { { 7, 2, 6 }, { 0, 1, 0 }, { 5, 6, 8 } }))).isFalse();
    }

    @Test
    void aThemeAndAKindNarrowThePicture() {
        TensionPicture noise = tension.picture(new TensionQuery("Utrecht", Q1, Q3, Theme.NOISE, CaseKind.HORIZONTAL));

        assertThat(noise.rows()).extracting(TensionPicture.Row::neighbourhood).containsExactly("Lombok", "Zuilen");
        assertThat(noise.total()).isEqualTo(26L); // 7 + 2 + 4 + 5 + 8
    }

    @Test
    void theTrendComparesTheLastTwoQuartersWhenBothAreShown() {
        TensionPicture picture = tension.picture(new TensionQuery("Utrecht", new Quarter(2025, 4), Q1, null, null));

        // Lombok 3 then 7: the 3 is hidden, so no trend; Zuilen 0 then 5: hidden, no trend either.
        assertThat(picture.rows()).extracting(TensionPicture.Row::trend).containsOnly(TensionPicture.Trend.UNKNOWN);
        TensionPicture bigger = tension.picture(new TensionQuery("Utrecht", Q1, Q3, null, null));
        assertThat(bigger.rows().get(0).trend()).isEqualTo(TensionPicture.Trend.UNKNOWN);
    }

    @Test
    void theCsvAndThePdfHoldTheSameHiddenNumbersAndNothingFinerThanAQuarter() throws IOException {
        TensionQuery query = new TensionQuery("Utrecht", Q1, Q3, null, null);

        String csv = new String(tension.exportCsv(query, Locale.of("nl")), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Buurt", "2026-K1", "2026-K2", "2026-K3", "Totaal", "Trend");
        assertThat(records.get(1).toList()).containsExactly("Lombok", "7", "< 5", "< 5", "< 5", "");
        assertThat(records.get(2).toList()).containsExactly("Overvecht", "< 5", "< 5", "< 5", "< 5", "");
        assertThat(records.get(4).toList()).containsExactly("Totaal", "12", "9", "14", "35", "");
        assertThat(csv).doesNotContain("2026-0", "-01-", "Zaak ");

        String pdf;
        try (PDDocument document = Loader.loadPDF(tension.exportPdf(query, Locale.ENGLISH))) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains("Tension picture Utrecht, 2026-Q1 up to 2026-Q3", "Lombok", "< 5", "35");
        assertThat(pdf).doesNotContain("2026-0");
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'EXPORT' order by id", String.class))
                .containsExactly("tension csv Utrecht 2026-K1/2026-K3 - -", "tension pdf Utrecht 2026-K1/2026-K3 - -");
    }

    @Test
    void whatTheServiceReturnsHoldsNoReferenceAndNoDate() {
        TensionPicture picture = tension.picture(new TensionQuery("Utrecht", Q1, Q3, null, null));

        assertThat(Arrays.stream(TensionPicture.class.getRecordComponents()).map(c -> c.getType().getSimpleName()))
                .containsExactly("TensionQuery", "List", "List", "List", "Long");
        assertThat(picture.toString()).doesNotContain("2026-0", "Zaak");
    }

    @Test
    void onlySupervisorsAndFundersMayAsk() {
        for (Role role : List.of(Role.MEDIATOR, Role.ADMIN)) {
            ReportingFixture.signIn(99, "x", role);
            assertThatThrownBy(() -> tension.picture(new TensionQuery("Utrecht", Q1, Q3, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        ReportingFixture.signIn(98, "carla", Role.SUPERVISOR);
        assertThat(tension.municipalities()).containsExactly("Amersfoort", "Utrecht");
    }

    private void cases(String neighbourhood, String registeredOn, int count, Theme theme, CaseKind kind) {
        for (int i = 0; i < count; i++) {
            String reference = String.format("2026-%04d", ++next);
            fixture.insertCase(reference, registeredOn, CaseStatus.REGISTERED, kind, theme, null, null, null);
            jdbc.update("update mediation_case set neighbourhood = ? where reference = ?", neighbourhood, reference);
        }
    }

    private void casesIn(String municipality, String neighbourhood, String registeredOn, int count) {
        for (int i = 0; i < count; i++) {
            String reference = String.format("2026-%04d", ++next);
            fixture.insertCase(reference, registeredOn, CaseStatus.REGISTERED, CaseKind.HORIZONTAL, Theme.NOISE, null,
                    null, null);
            jdbc.update("update mediation_case set municipality = ?, neighbourhood = ? where reference = ?",
                    municipality, neighbourhood, reference);
        }
    }
}
