package nl.brug.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void ofNothingIsNothing() {
        assertThat(Median.of(List.of())).isNull();
    }

    @Test
    void ofOneValueIsThatValue() {
        assertThat(Median.of(List.of(14L))).isEqualTo(14.0);
    }

    @Test
    void ofAnOddCountIsTheMiddleValueWhateverTheOrder() {
        assertThat(Median.of(List.of(35L, 10L, 20L))).isEqualTo(20.0);
        assertThat(Median.of(List.of(1L, 100L, 2L, 3L, 99L))).isEqualTo(3.0);
    }

    @Test
    void ofAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Median.of(List.of(35L, 10L))).isEqualTo(22.5);
        assertThat(Median.of(List.of(4L, 1L, 3L, 2L))).isEqualTo(2.5);
    }

    @Test
    void keepsDuplicatesAndNegativeDifferences() {
        assertThat(Median.of(List.of(5L, 5L, 5L, 6L))).isEqualTo(5.0);
        assertThat(Median.of(List.of(-2L, 4L))).isEqualTo(1.0);
    }

    @Test
    void doesNotOverflowOnLargeValues() {
        assertThat(Median.of(List.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 1))).isEqualTo((double) (Long.MAX_VALUE - 1));
    }
}
