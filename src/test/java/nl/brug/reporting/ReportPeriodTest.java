package nl.brug.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.brug.base.InvalidInputException;

class ReportPeriodTest {

    @Test
    void aSingleDayIsAPeriod() {
        LocalDate day = LocalDate.of(2026, 3, 31);

        assertThat(new ReportPeriod(day, day)).extracting(ReportPeriod::from, ReportPeriod::to).containsExactly(day, day);
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .isEqualTo(Map.of("to", ReportPeriod.TO_BEFORE_FROM)));
    }

    @Test
    void yearToDateStartsOnTheFirstOfJanuary() {
        assertThat(ReportPeriod.yearToDate(LocalDate.of(2026, 11, 23)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 23)));
        assertThat(ReportPeriod.yearToDate(LocalDate.of(2027, 1, 1)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void printsAsAnIsoInterval() {
        assertThat(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .hasToString("2026-01-01/2026-03-31");
    }
}
