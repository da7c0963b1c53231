package nl.brug.mediationcase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import nl.brug.base.DisplayFormats;

/**
 * A clock the tests set and move. Clocks derived with {@link #withZone} share the same "now", so a service
 * that calls {@code clock.withZone(...)} follows every change. Until a test sets it (or after
 * {@link #useSystemTime()}) it follows the real time, so tests that do not care see today.
 */
public final class MutableClock extends Clock {

    /** Wednesday 11 March 2026, 10:00 in Amsterdam. */
    public static final Instant DEFAULT = Instant.parse("2026-03-11T09:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(null), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        Instant set = now.get();
        return set == null ? Instant.now() : set;
    }

    /** Back to the real time. */
    public void useSystemTime() {
        now.set(null);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves to 10:00 Amsterdam time on the given day. */
    public void setDate(LocalDate date) {
        set(date.atTime(LocalTime.of(10, 0)).atZone(DisplayFormats.ZONE).toInstant());
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> (instant == null ? Instant.now() : instant).plus(duration));
    }

    public void reset() {
        set(DEFAULT);
    }

    /** Today as the services see it: the date in Amsterdam. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), DisplayFormats.ZONE);
    }
}
