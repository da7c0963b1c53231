package nl.brug.mediationcase.retention;

import java.time.LocalTime;
import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code brug.retention.closed-cases}: how long after closing a case is kept before it is anonymised (Dutch
 * neighbourhood-mediation practice: two years; {@code 0} keeps every case). {@code brug.retention.time}: when
 * the nightly run starts (Europe/Amsterdam). {@code brug.retention.fingerprint-key}: the secret (base64, at
 * least 32 bytes) of the fingerprints an anonymised case keeps of its parties; empty: a key Brug makes and
 * keeps in its database (decision 034).
 */
@ConfigurationProperties("brug.retention")
public record RetentionProperties(@DefaultValue("2y") Period closedCases, @DefaultValue("03:30") LocalTime time,
        @Nullable String fingerprintKey) {

    public boolean enabled() {
        return !closedCases.isZero() && !closedCases.isNegative();
    }

    /** Without the key: a record's own text would print it wherever the properties are logged or shown. */
    @Override
    public String toString() {
        return "RetentionProperties[closedCases=" + closedCases + ", time=" + time + ", fingerprintKey="
                + (fingerprintKey == null || fingerprintKey.isBlank() ? "(stored in the database)" : "(configured)")
                + "]";
    }
}
