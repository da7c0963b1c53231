package nl.brug.mediationcase.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who changed the case last and when, for the "changed by … at …" message of a refused stale save. */
@Embeddable
public record LastChange(
        @Column(name = "updated_at", nullable = false) Instant at,
        @Column(name = "updated_by") @Nullable Long by) {
}
