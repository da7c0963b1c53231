package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The daily backup runs at the configured time in Amsterdam, once on every day, summer time or not. */
class DailyAtTest {

    private static final DailyAt HALF_PAST_TWO = new DailyAt(LocalTime.of(2, 30), DisplayFormats.ZONE);

    private static ZonedDateTime amsterdam(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, DisplayFormats.ZONE);
    }

    /** The next run after Brug started at {@code now}. */
    private static Instant firstAfterStart(ZonedDateTime now) {
        return HALF_PAST_TWO.nextExecution(new SimpleTriggerContext(Clock.fixed(now.toInstant(), DisplayFormats.ZONE)));
    }

    /** The next run after one that completed at {@code completed}. */
    private static Instant nextAfter(Instant completed) {
        SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(completed, DisplayFormats.ZONE));
        context.update(completed, completed, completed.plusSeconds(1));
        return HALF_PAST_TWO.nextExecution(context);
    }

    @Test
    void theFirstBackupIsAtTheNextHalfPastTwoInAmsterdam() {
        assertThat(firstAfterStart(amsterdam(2026, 11, 25, 12, 0))).isEqualTo(amsterdam(2026, 11, 26, 2, 30).toInstant());
        assertThat(firstAfterStart(amsterdam(2026, 7, 1, 1, 0))).isEqualTo(amsterdam(2026, 7, 1, 2, 30).toInstant());
    }

    @Test
    void afterABackupTheNextIsTheNextDay() {
        assertThat(nextAfter(amsterdam(2026, 11, 25, 2, 30).toInstant()))
                .isEqualTo(amsterdam(2026, 11, 26, 2, 30).toInstant());
    }

    @Test
    void onTheDaySummerTimeStartsHalfPastTwoDoesNotExistAndTheBackupIsAnHourLater() {
        // 29 March 2026: the clocks go from 02:00 to 03:00. A cron "0 30 2 * * *" would skip this day.
        Instant onThatDay = nextAfter(amsterdam(2026, 3, 28, 2, 30).toInstant());

        assertThat(onThatDay).isEqualTo(amsterdam(2026, 3, 29, 3, 30).toInstant());
        assertThat(nextAfter(onThatDay)).isEqualTo(amsterdam(2026, 3, 30, 2, 30).toInstant());
    }

    @Test
    void onTheDaySummerTimeEndsTheHourThatComesTwiceHasOneBackup() {
        // 25 October 2026: 02:30 comes twice (summer time, then winter time). A cron would run at both.
        Instant first = nextAfter(amsterdam(2026, 10, 24, 2, 30).toInstant());

        assertThat(first).isEqualTo(ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, DisplayFormats.ZONE)
                .withEarlierOffsetAtOverlap().toInstant());
        assertThat(nextAfter(first)).isEqualTo(amsterdam(2026, 10, 26, 2, 30).toInstant());
    }
}
