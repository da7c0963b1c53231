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
/** How a case was closed: from which status, with which outcome, referred where, why, and when. */
@Embeddable
public class Closing {

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_from")
    private @Nullable CaseStatus closedFrom;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    @Enumerated(EnumType.STRING)
    private @Nullable ReferralTarget referral;
    @Column(name = "close_reason")
    private @Nullable String reason;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    void close(CaseStatus from, TransitionRequest request, LocalDate today) {
        closedFrom = from;
        outcome = request.outcome();
        referral = request.outcome() == Outcome.REFERRED ? request.referral() : null;
        reason = Party.blankToNull(request.reason());
        closedOn = today;
    }

    /** Reopened: the earlier outcome no longer holds; the case history keeps it. */
    void clear() {
        closedFrom = null;
        outcome = null;
        referral = null;
        reason = null;
        closedOn = null;
    }

    public @Nullable CaseStatus closedFrom() {
        return closedFrom;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }

    public @Nullable ReferralTarget referral() {
        return referral;
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable LocalDate closedOn() {
        return closedOn;
    }
}
