package nl.brug.mediationcase.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ReferralTarget;
import nl.brug.mediationcase.lifecycle.TransitionRequest;

/**
 * How a case was closed: from which status, with which outcome, referred where, why, and when. A value: closing
 * and reopening replace it. All empty ({@link #OPEN}) on a case that is open or was reopened.
 */
@Embeddable
public record Closing(
        @Enumerated(EnumType.STRING) @Column(name = "closed_from") @Nullable CaseStatus closedFrom,
        @Enumerated(EnumType.STRING) @Nullable Outcome outcome,
        @Enumerated(EnumType.STRING) @Nullable ReferralTarget referral,
        @Column(name = "close_reason") @Nullable String reason,
        @Column(name = "closed_on") @Nullable LocalDate closedOn) {

    /** Not closed; also after reopening, when the earlier outcome no longer holds (the history keeps it). */
    public static final Closing OPEN = new Closing(null, null, null, null, null);

    static Closing of(CaseStatus from, TransitionRequest request, LocalDate today) {
        return new Closing(from, request.outcome(),
                request.outcome() == Outcome.REFERRED ? request.referral() : null,
                Party.blankToNull(request.reason()), today);
    }
}
