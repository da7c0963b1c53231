package nl.brug.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;

/**
 * Once a day at a local time, exactly once on every day. A cron expression skips 02:30 on the day summer time
 * starts (that hour does not exist) and runs twice on the day it ends; here a time in the missing hour moves on by
 * the hour (03:30), and the hour that comes twice counts once (its first time).
 */
public record DailyAt(LocalTime time, ZoneId zone) implements Trigger {

    @Override
    public @Nullable Instant nextExecution(TriggerContext context) {
        Instant lastCompletion = context.lastCompletion();
        Instant after = lastCompletion == null ? context.getClock().instant() : lastCompletion;
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant today = ZonedDateTime.of(day, time, zone).toInstant();
        return today.isAfter(after) ? today : ZonedDateTime.of(day.plusDays(1), time, zone).toInstant();
    }
}
