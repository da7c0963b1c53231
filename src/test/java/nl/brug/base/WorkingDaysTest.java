package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-03-02, 5, 2026-03-09", // Monday: the next Monday
            "2026-03-06, 1, 2026-03-09", // Friday: the weekend does not count
            "2026-03-07, 1, 2026-03-09", // Saturday: Monday is the first working day
            "2026-03-04, 5, 2026-03-11", // Wednesday: the next Wednesday
            "2026-03-02, 0, 2026-03-02"})
    void countsMondayToFriday(LocalDate start, int days, LocalDate expected) {
        assertThat(WorkingDays.after(start, days)).isEqualTo(expected);
    }
}
