package nl.brug.mediationcase.retention;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code brug.retention.closed-cases}: how long after closing a case is kept before it is anonymised (Dutch
 * neighbourhood-mediation practice: two years; {@code 0} keeps every case). {@code brug.retention.time}: when
 * the nightly run starts (Europe/Amsterdam).
 */
@ConfigurationProperties("brug.retention")
public record RetentionProperties(@DefaultValue("2y") Period closedCases, @DefaultValue("03:30") LocalTime time) {

    public boolean enabled() {
        return !closedCases.isZero() && !closedCases.isNegative();
    }
}
