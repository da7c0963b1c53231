package nl.brug.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * "Now" and "today" as Brug means them: from the application's one {@link Clock} (so tests can fix the
 * moment), with dates and local times in Europe/Amsterdam. Services and views ask here rather than
 * calling {@code LocalDate.now()} themselves.
 */
@Component
public class BrugClock {

    private final Clock clock;

    public BrugClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in Amsterdam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DisplayFormats.ZONE));
    }

    /** The local date and time in Amsterdam, as mediators enter session times. */
    public LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(DisplayFormats.ZONE));
    }
}
