package nl.brug.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.brug.base.BrugI18NProvider;

/** The numbers of the outcomes export as a reader of each language writes them. */
class OutcomeCsvTest {

    @Test
    void aRateIsAPercentageWithOneDecimal() {
        assertThat(OutcomeCsv.percent(0.3684, BrugI18NProvider.DUTCH)).isEqualTo("36,8%");
        assertThat(OutcomeCsv.percent(0.3684, Locale.ENGLISH)).isEqualTo("36.8%");
        assertThat(OutcomeCsv.percent(1.0, BrugI18NProvider.DUTCH)).isEqualTo("100,0%");
        assertThat(OutcomeCsv.percent(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aMedianIsWholeOrHasOneDecimal() {
        assertThat(OutcomeCsv.days(20.0, BrugI18NProvider.DUTCH)).isEqualTo("20");
        assertThat(OutcomeCsv.days(22.5, BrugI18NProvider.DUTCH)).isEqualTo("22,5");
        assertThat(OutcomeCsv.days(1234.5, Locale.ENGLISH)).isEqualTo("1234.5");
        assertThat(OutcomeCsv.days(null, BrugI18NProvider.DUTCH)).isEmpty();
    }
}
