package nl.brug.mediationcase.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who changed the case last and when, for the "changed by … at …" message of a refused stale save. */
@Embeddable
public class LastChange {

    @Column(name = "updated_at", nullable = false)
    private Instant at;
    @Column(name = "updated_by")
    private @Nullable Long by;

    @SuppressWarnings("NullAway.Init")
    protected LastChange() {
        // for JPA
    }

    LastChange(Instant at, long by) {
        this.at = at;
        this.by = by;
    }

    public Instant at() {
        return at;
    }

    public @Nullable Long by() {
        return by;
    }
}
