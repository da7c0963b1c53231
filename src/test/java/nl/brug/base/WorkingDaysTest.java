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

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-04-02, 5, 2026-04-10", // Thursday before Easter: Good Friday counts, Easter Monday 6 April not
            "2026-04-24, 1, 2026-04-28", // Friday: King's Day, Monday 27 April, does not count
            "2026-05-13, 1, 2026-05-15", // Wednesday: Ascension Day, Thursday 14 May, does not count
            "2026-12-23, 2, 2026-12-28", // Wednesday: Christmas and Boxing Day do not count
            "2025-05-02, 1, 2025-05-06", // Friday: Liberation Day 2025 (a lustrum year) does not count
            "2026-05-04, 1, 2026-05-05"}) // Monday: Liberation Day 2026 is not a day off
    void skipsDutchPublicHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(WorkingDays.after(start, days)).isEqualTo(expected);
    }
}
