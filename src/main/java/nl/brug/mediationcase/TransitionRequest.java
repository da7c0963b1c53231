package nl.brug.mediationcase;

import org.jspecify.annotations.Nullable;

/**
 * What the user asks: move one step forward, close with an outcome, or reopen. The service fills in
 * whether the actor is a supervisor ({@link #byActor}); the UI never decides that.
 */
public record TransitionRequest(
        Kind kind,
        @Nullable CaseStatus target,
        @Nullable Outcome outcome,
        @Nullable ReferralTarget referral,
        @Nullable String reason,
        boolean actorIsSupervisor) {

    public enum Kind { FORWARD, CLOSE, REOPEN }

    public static TransitionRequest forward(CaseStatus target) {
        return new TransitionRequest(Kind.FORWARD, target, null, null, null, false);
    }

    public static TransitionRequest close(@Nullable Outcome outcome, @Nullable ReferralTarget referral,
            @Nullable String reason) {
        return new TransitionRequest(Kind.CLOSE, CaseStatus.CLOSED, outcome, referral, reason, false);
    }

    public static TransitionRequest reopen(@Nullable String reason) {
        return new TransitionRequest(Kind.REOPEN, null, null, null, reason, false);
    }

    public TransitionRequest byActor(boolean supervisor) {
        return new TransitionRequest(kind, target, outcome, referral, reason, supervisor);
    }

    public boolean isReopen() {
        return kind == Kind.REOPEN;
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
