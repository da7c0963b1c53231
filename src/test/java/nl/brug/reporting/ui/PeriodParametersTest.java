package nl.brug.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

import nl.brug.reporting.ReportPeriod;

class PeriodParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ReportPeriod YEAR_TO_DATE = new ReportPeriod(LocalDate.of(2026, 1, 1), TODAY);

    @Test
    void withoutParametersTheReportCoversThisYearSoFar() {
        assertThat(PeriodParameters.read(QueryParameters.empty(), TODAY)).isEqualTo(YEAR_TO_DATE);
    }

    @Test
    void aWrittenPeriodReadsBackTheSame() {
        ReportPeriod q1 = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        QueryParameters written = PeriodParameters.write(q1);

        assertThat(written.getQueryString()).contains("from=2026-01-01").contains("to=2026-03-31");
        assertThat(PeriodParameters.read(written, TODAY)).isEqualTo(q1);
    }

    @Test
    void aMissingEndDefaultsToToday() {
        assertThat(PeriodParameters.read(QueryParameters.simple(Map.of("from", "2025-06-01")), TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 6, 1), TODAY));
    }

    @Test
    void malformedOrReversedPeriodsFallBackToThisYear() {
        assertThat(PeriodParameters.read(QueryParameters.simple(Map.of("from", "01-01-2026", "to", "x")), TODAY))
                .isEqualTo(YEAR_TO_DATE);
        assertThat(PeriodParameters.read(QueryParameters.simple(Map.of("from", "2026-03-01", "to", "2026-02-01")),
                TODAY)).isEqualTo(YEAR_TO_DATE);
    }
}
