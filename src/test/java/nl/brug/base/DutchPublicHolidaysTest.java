package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed holidays against the official dates (rijksoverheid.nl's list of national holidays) for
 * 2025–2030, Easter and Whitsun Sundays left out as they are Sundays anyway.
 */
class DutchPublicHolidaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025 | 2025-01-01 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-06-09 2025-12-25 2025-12-26",
            "2026 | 2026-01-01 2026-04-06 2026-04-27 2026-05-14 2026-05-25 2026-12-25 2026-12-26",
            "2027 | 2027-01-01 2027-03-29 2027-04-27 2027-05-06 2027-05-17 2027-12-25 2027-12-26",
            "2028 | 2028-01-01 2028-04-17 2028-04-27 2028-05-25 2028-06-05 2028-12-25 2028-12-26",
            "2029 | 2029-01-01 2029-04-02 2029-04-27 2029-05-10 2029-05-21 2029-12-25 2029-12-26",
            "2030 | 2030-01-01 2030-04-22 2030-04-27 2030-05-05 2030-05-30 2030-06-10 2030-12-25 2030-12-26"})
    void matchTheOfficialDates(int year, String official) {
        List<LocalDate> expected = Arrays.stream(official.trim().split(" ")).map(LocalDate::parse).toList();

        assertThat(DutchPublicHolidays.of(year)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
            "2029, 2029-04-01", "2030, 2030-04-21", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianRule(int year, LocalDate easter) {
        assertThat(DutchPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }
}
