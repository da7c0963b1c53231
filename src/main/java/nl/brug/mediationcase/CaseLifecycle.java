package nl.brug.mediationcase;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The case lifecycle: the one place that decides which change of status is allowed. Plain Java, no
 * framework, so the rules can be read and tested on their own.
 *
 * <pre>
 * status         to go on it needs
 * ─────────────  ──────────────────────────────────────────────────────────────────────────────
 * REGISTERED     (at registration: title, kind, theme, source, at least one party)
 * INTAKE         a lead mediator
 * IN_MEDIATION   a lead mediator, at least two parties, every party's consent (date)
 * AGREEMENT      at least one agreement item, and the agreement signed (date)
 * FOLLOW_UP      a follow-up date
 * CLOSED         an outcome (REFERRED: where to); a reason, unless closed after follow-up
 *
 * Forward: one step at a time along REGISTERED → INTAKE → IN_MEDIATION → AGREEMENT → FOLLOW_UP.
 * Every forward step keeps needing at least one party, and in a vertical case a public body.
 * Close: from every open status, with the outcome and reason above.
 * Reopen: a closed case, by a supervisor, with a reason; back to the status it was closed from.
 * </pre>
 *
 * A refused transition lists everything that is missing at once, so the user reads one sentence.
 */
public final class CaseLifecycle {

    private static final List<CaseStatus> PATH = List.of(CaseStatus.REGISTERED, CaseStatus.INTAKE,
            CaseStatus.IN_MEDIATION, CaseStatus.AGREEMENT, CaseStatus.FOLLOW_UP);

    private CaseLifecycle() {
    }

    public static TransitionCheck check(CaseFacts facts, TransitionRequest request) {
        return switch (request.kind()) {
            case FORWARD -> checkForward(facts, request.target());
            case CLOSE -> checkClose(facts, request);
            case REOPEN -> checkReopen(facts, request);
        };
    }

    /** The status a request leads to; only meaningful for a request {@link #check} allowed. */
    public static CaseStatus targetOf(CaseFacts facts, TransitionRequest request) {
        return switch (request.kind()) {
            case FORWARD -> requireTarget(request.target());
            case CLOSE -> CaseStatus.CLOSED;
            case REOPEN -> reopenTarget(facts);
        };
    }

    /** The forward step offered from the current status (none from FOLLOW_UP or CLOSED: there one closes). */
    public static List<CaseStatus> nextForwardSteps(CaseFacts facts) {
        int index = PATH.indexOf(facts.status());
        if (index < 0 || index == PATH.size() - 1) {
            return List.of();
        }
        return List.of(PATH.get(index + 1));
    }

    public static boolean canClose(CaseFacts facts) {
        return facts.status().isOpen();
    }

    public static boolean canReopen(CaseFacts facts, boolean supervisor) {
        return supervisor && facts.status() == CaseStatus.CLOSED;
    }

    public static CaseStatus reopenTarget(CaseFacts facts) {
        CaseStatus from = facts.closedFrom();
        return from == null || from == CaseStatus.CLOSED ? CaseStatus.INTAKE : from;
    }

    private static TransitionCheck checkForward(CaseFacts facts, @Nullable CaseStatus target) {
        if (facts.status() == CaseStatus.CLOSED) {
            return TransitionCheck.refused(List.of(MissingRequirement.ALREADY_CLOSED));
        }
        // A forward request to CLOSED is not a forward step: closing always needs an outcome (use close()).
        if (target == null || !nextForwardSteps(facts).contains(target)) {
            return TransitionCheck.refused(List.of(MissingRequirement.NOT_A_NEXT_STEP));
        }
        List<MissingRequirement> missing = new ArrayList<>();
        if (facts.partyCount() < 1) {
            missing.add(MissingRequirement.PARTY);
        }
        if (facts.vertical() && !facts.hasPublicBodyParty()) {
            missing.add(MissingRequirement.PUBLIC_BODY_PARTY);
        }
        switch (target) {
            case INTAKE -> requireLead(facts, missing);
            case IN_MEDIATION -> {
                requireLead(facts, missing);
                if (facts.partyCount() < 2) {
                    missing.add(MissingRequirement.TWO_PARTIES);
                }
                if (!facts.allPartiesConsented()) {
                    missing.add(MissingRequirement.ALL_CONSENTS);
                }
            }
            case AGREEMENT -> {
                if (facts.agreementItemCount() < 1) {
                    missing.add(MissingRequirement.AGREEMENT_ITEM);
                }
                if (!facts.agreementSigned()) {
                    missing.add(MissingRequirement.AGREEMENT_SIGNED);
                }
            }
            case FOLLOW_UP -> {
                if (!facts.followUpDateSet()) {
                    missing.add(MissingRequirement.FOLLOW_UP_DATE);
                }
            }
            default -> throw new IllegalStateException("Not a forward target: " + target);
        }
        return TransitionCheck.of(missing);
    }

    private static void requireLead(CaseFacts facts, List<MissingRequirement> missing) {
        if (!facts.hasLeadMediator()) {
            missing.add(MissingRequirement.LEAD_MEDIATOR);
        }
    }

    private static TransitionCheck checkClose(CaseFacts facts, TransitionRequest request) {
        if (facts.status() == CaseStatus.CLOSED) {
            return TransitionCheck.refused(List.of(MissingRequirement.ALREADY_CLOSED));
        }
        List<MissingRequirement> missing = new ArrayList<>();
        if (request.outcome() == null) {
            missing.add(MissingRequirement.OUTCOME);
        } else if (request.outcome() == Outcome.REFERRED && request.referral() == null) {
            missing.add(MissingRequirement.REFERRAL_TARGET);
        }
        // Closing after follow-up is the normal end; closing earlier always says why.
        if (facts.status() != CaseStatus.FOLLOW_UP && !request.hasReason()) {
            missing.add(MissingRequirement.REASON);
        }
        return TransitionCheck.of(missing);
    }

    private static TransitionCheck checkReopen(CaseFacts facts, TransitionRequest request) {
        if (facts.status() != CaseStatus.CLOSED) {
            return TransitionCheck.refused(List.of(MissingRequirement.NOT_CLOSED));
        }
        List<MissingRequirement> missing = new ArrayList<>();
        if (!request.actorIsSupervisor()) {
            missing.add(MissingRequirement.SUPERVISOR_ONLY);
        }
        if (!request.hasReason()) {
            missing.add(MissingRequirement.REASON);
        }
        return TransitionCheck.of(missing);
    }

    private static CaseStatus requireTarget(@Nullable CaseStatus target) {
        if (target == null) {
            throw new IllegalArgumentException("A forward request needs a target");
        }
        return target;
    }
}
