package nl.brug.mediationcase.lifecycle;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ReferralTarget;

/**
 * A status change someone asks for. Build it with {@link #forward}, {@link #close} or
 * {@link #reopen}; {@link CaseLifecycle#check} decides whether it is allowed.
 *
 * <p>The factories set {@code actorIsSupervisor} to false, so a request that does not say who
 * acts cannot reopen a case; use {@link #withActorIsSupervisor} to state it.
 *
 * @param kind which of the three kinds of change this is
 * @param target the status asked for: any status for {@link Kind#FORWARD}, always
 *     {@link CaseStatus#CLOSED} for {@link Kind#CLOSE}, and null for {@link Kind#REOPEN}, because
 *     where a case reopens to follows from the case ({@link CaseLifecycle#reopenTarget})
 * @param outcome how the case ended; closing needs it
 * @param referral where the case was referred to; closing as {@link Outcome#REFERRED} needs it
 * @param reason why, for the case history; closing before follow-up and reopening need it
 * @param actorIsSupervisor whether the person asking is a supervisor; reopening needs it
 */
public record TransitionRequest(
        Kind kind,
        @Nullable CaseStatus target,
        @Nullable Outcome outcome,
        @Nullable ReferralTarget referral,
        @Nullable String reason,
        boolean actorIsSupervisor) {

    /** Makes the kind of change explicit instead of guessing it from which fields are filled. */
    public enum Kind {
        /** One step along the path; a forward request to CLOSED is judged as a close request. */
        FORWARD,
        /** Closing from any open status, with an outcome. */
        CLOSE,
        /** Bringing a closed case back to the status it was closed from. */
        REOPEN
    }

    public TransitionRequest {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case FORWARD -> Objects.requireNonNull(target, "A forward request needs a target");
            case CLOSE -> require(target == CaseStatus.CLOSED, "A close request targets CLOSED");
            case REOPEN -> require(target == null, "A reopen request leaves the target to the lifecycle");
        }
    }

    public static TransitionRequest forward(CaseStatus target) {
        return new TransitionRequest(Kind.FORWARD, Objects.requireNonNull(target, "target"), null, null, null, false);
    }

    /** Outcome and reason may still be missing: the lifecycle then says so instead of throwing. */
    public static TransitionRequest close(
            @Nullable Outcome outcome, @Nullable ReferralTarget referral, @Nullable String reason) {
        return new TransitionRequest(Kind.CLOSE, CaseStatus.CLOSED, outcome, referral, reason, false);
    }

    /** The reason may still be missing: the lifecycle then says so instead of throwing. */
    public static TransitionRequest reopen(@Nullable String reason) {
        return new TransitionRequest(Kind.REOPEN, null, null, null, reason, false);
    }

    /** The same request, made by someone who is (or is not) a supervisor. */
    public TransitionRequest withActorIsSupervisor(boolean supervisor) {
        return new TransitionRequest(kind, target, outcome, referral, reason, supervisor);
    }

    public boolean isReopen() {
        return kind == Kind.REOPEN;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
