package nl.brug.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The numbers of the outcomes export as Dutch Excel reads them, in every language: a decimal point would make
 * 22.5 the date 22 May there, and 36.8% a text.
 */
class OutcomeCsvTest {

    @Test
    void aRateIsAPercentageWithOneDecimalAndADecimalComma() {
        assertThat(OutcomeCsv.percent(0.3684)).isEqualTo("36,8%");
        assertThat(OutcomeCsv.percent(1.0)).isEqualTo("100,0%");
        assertThat(OutcomeCsv.percent(null)).isEmpty();
    }

    @Test
    void aMedianIsWholeOrHasOneDecimalAfterAComma() {
        assertThat(OutcomeCsv.days(20.0)).isEqualTo("20");
        assertThat(OutcomeCsv.days(22.5)).isEqualTo("22,5");
        assertThat(OutcomeCsv.days(1234.5)).isEqualTo("1234,5");
        assertThat(OutcomeCsv.days(null)).isEmpty();
    }
}
