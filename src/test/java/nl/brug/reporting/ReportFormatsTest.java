package nl.brug.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.brug.base.BrugI18NProvider;

class ReportFormatsTest {

    private static final Locale NL = BrugI18NProvider.DUTCH;
    private static final Locale EN = BrugI18NProvider.ENGLISH;

    @Test
    void percentagesAreWhole() {
        assertThat(ReportFormats.percent(2 / 3.0, NL)).isEqualTo("67%");
        assertThat(ReportFormats.percent(0.5, EN)).isEqualTo("50%");
        assertThat(ReportFormats.percent(0.0, NL)).isEqualTo("0%");
    }

    @Test
    void daysUseTheReadersDecimalSign() {
        assertThat(ReportFormats.days(22.5, NL)).isEqualTo("22,5");
        assertThat(ReportFormats.days(22.5, EN)).isEqualTo("22.5");
        assertThat(ReportFormats.days(20.0, NL)).isEqualTo("20");
    }

    @Test
    void countsGroupThousands() {
        assertThat(ReportFormats.count(12345, NL)).isEqualTo("12.345");
        assertThat(ReportFormats.count(12345, EN)).isEqualTo("12,345");
    }

    @Test
    void aFigureThatDoesNotExistIsADashNotAZero() {
        assertThat(ReportFormats.percent(null, NL)).isEqualTo("—");
        assertThat(ReportFormats.days(null, EN)).isEqualTo("—");
    }
}
