package nl.brug.mediationcase.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who mediates a case: the lead (none while the case waits in the intake queue) and the co-mediator. A value:
 * assigning, or a mediator leaving over a conflict of interest, makes a new one. The queries name its parts
 * {@code c.mediators.leadId} and {@code c.mediators.coId}.
 */
@Embeddable
public record CaseMediators(
        @Column(name = "lead_mediator_id") @Nullable Long leadId,
        @Column(name = "co_mediator_id") @Nullable Long coId) {

    public static final CaseMediators NONE = new CaseMediators(null, null);

    public CaseMediators {
        if (leadId != null && leadId.equals(coId)) {
            throw new IllegalArgumentException("Lead and co-mediator must be two people");
        }
    }

    public boolean includes(long accountId) {
        return Objects.equals(leadId, accountId) || Objects.equals(coId, accountId);
    }

    /** Without this mediator: a lead leaves the case without a lead (back in the queue), a co-mediator just leaves. */
    CaseMediators without(long mediatorId) {
        if (Objects.equals(leadId, mediatorId)) {
            return new CaseMediators(null, coId);
        }
        if (Objects.equals(coId, mediatorId)) {
            return new CaseMediators(leadId, null);
        }
        throw new IllegalArgumentException("Only a mediator of the case leaves it");
    }
}
