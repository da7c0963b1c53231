package nl.brug.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;

class OutcomeReportTest {

    private static final ReportPeriod Q1 = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    @Test
    void everyEnumValueHasACountInEnumOrder() {
        OutcomeReport report = new OutcomeReport(Q1, Map.of(CaseStatus.CLOSED, 2L), Map.of(), Map.of(Theme.NOISE, 2L),
                Map.of(Outcome.WITHDRAWN, 2L), 0, null);

        assertThat(report.byStatus().keySet()).containsExactly(CaseStatus.values());
        assertThat(report.byKind()).containsOnlyKeys(CaseKind.values()).allSatisfy((kind, count) -> assertThat(count).isZero());
        assertThat(report.byTheme()).hasSize(Theme.values().length).containsEntry(Theme.NOISE, 2L)
                .containsEntry(Theme.OTHER, 0L);
        assertThat(report.byOutcome().keySet()).containsExactly(Outcome.values());
        assertThatThrownBy(() -> report.byStatus().put(CaseStatus.INTAKE, 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theAgreementRateIsFullOrPartialAgreementOverAllClosedCasesWithAnOutcome() {
        OutcomeReport report = new OutcomeReport(Q1, Map.of(CaseStatus.CLOSED, 6L, CaseStatus.INTAKE, 3L), Map.of(),
                Map.of(), Map.of(Outcome.FULL_AGREEMENT, 2L, Outcome.PARTIAL_AGREEMENT, 1L, Outcome.NO_AGREEMENT, 1L,
                        Outcome.REFERRED, 1L, Outcome.NOT_SUITABLE, 1L), 0, null);

        assertThat(report.registered()).isEqualTo(9);
        assertThat(report.closed()).isEqualTo(6);
        assertThat(report.closedWithOutcome()).isEqualTo(6);
        assertThat(report.agreed()).isEqualTo(3);
        assertThat(report.agreementRate()).isEqualTo(0.5);
    }

    @Test
    void withoutClosedCasesThereIsNoAgreementRate() {
        OutcomeReport report = new OutcomeReport(Q1, Map.of(CaseStatus.INTAKE, 3L), Map.of(), Map.of(), Map.of(), 0, null);

        assertThat(report.agreementRate()).isNull();
        assertThat(report.closed()).isZero();
    }

    @Test
    void aMedianGoesWithTheCasesItIsTakenOver() {
        assertThatThrownBy(() -> new OutcomeReport(Q1, Map.of(), Map.of(), Map.of(), Map.of(), 0, 12.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutcomeReport(Q1, Map.of(), Map.of(), Map.of(), Map.of(), 2, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAreNeverNegative() {
        assertThatThrownBy(() -> new OutcomeReport(Q1, Map.of(CaseStatus.CLOSED, -1L), Map.of(), Map.of(), Map.of(),
                0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
