package nl.brug.backup;

import java.time.Instant;

/** A scheduled backup that failed: when, and the technical reason (also in the log). */
public record FailedBackup(Instant at, String reason) {
}
