package nl.brug.mediationcase;

import java.time.Instant;

/** Someone else saved the case (or the part being edited) after this user loaded it. Nothing was saved. */
public class StaleCaseException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleCaseException(String changedBy, Instant changedAt) {
        super("Case changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
