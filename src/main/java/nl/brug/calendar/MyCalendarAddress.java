package nl.brug.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether the signed-in mediator has a calendar address, and since when. The address itself is not here:
 * Brug keeps only a hash of it, and shows it once, when it is made ({@link NewCalendarAddress}).
 */
public record MyCalendarAddress(@Nullable Instant createdAt) {

    public boolean exists() {
        return createdAt != null;
    }
}
