package nl.brug.mediationcase.lifecycle;

import static nl.brug.mediationcase.lifecycle.MissingRequirement.AGREEMENT_ITEM;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.AGREEMENT_SIGNED;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.ALL_CONSENTS;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.ALREADY_CLOSED;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.FOLLOW_UP_DATE;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.LEAD_MEDIATOR;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.NOT_A_NEXT_STEP;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.NOT_CLOSED;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.OUTCOME;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.PARTY;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.PUBLIC_BODY_PARTY;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.REASON;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.REFERRAL_TARGET;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.SUPERVISOR_ONLY;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.TWO_PARTIES;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.brug.base.InputProblems;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.agreement.AgreementForm;

/**
 * The one place the case lifecycle rules live; screens and services ask here instead of
 * repeating them.
 *
 * <pre>
 * | from         | to           | it needs                                                        |
 * |--------------|--------------|-----------------------------------------------------------------|
 * | Registered   | Intake       | a lead mediator                                                 |
 * | Intake       | In mediation | at least two parties, every party's consent, a lead mediator    |
 * | In mediation | Agreement    | an agreement with at least one item, signed                     |
 * | Agreement    | Follow-up    | a follow-up date                                                |
 * | any open     | Closed       | an outcome (if referred: to whom); a reason unless at Follow-up |
 * | Closed       | closed-from  | a supervisor, and a reason                                      |
 * </pre>
 *
 * <ul>
 *   <li>Every forward step also needs at least one party, and in a vertical case a party that is
 *       a public body.
 *   <li>Forward goes one step at a time along the table; skipping, standing still or going back
 *       is refused as {@link MissingRequirement#NOT_A_NEXT_STEP}.
 *   <li>Closing is not a forward step: it needs an outcome, which a plain forward request does not
 *       carry. A forward request to CLOSED is therefore judged exactly as a close request, so
 *       there is one rule for reaching CLOSED whichever way it is asked.
 *   <li>Closing needs no parties: a request that turns out not suitable may be closed as it is.
 *   <li>Reopening returns the case to the status it was closed from, or Intake if that is not
 *       known.
 * </ul>
 *
 * <p>A refusal lists everything that is missing at once. When the step itself is impossible from
 * the current status (not a next step, already closed, not closed) that is the only item, because
 * nothing the user could add would make it allowed.
 */
public final class CaseLifecycle {

    private static final List<CaseStatus> FORWARD_PATH = List.of(
            CaseStatus.REGISTERED,
            CaseStatus.INTAKE,
            CaseStatus.IN_MEDIATION,
            CaseStatus.AGREEMENT,
            CaseStatus.FOLLOW_UP,
            CaseStatus.CLOSED);

    /** Where a case reopens to when it is not known which status it was closed from. */
    private static final CaseStatus DEFAULT_REOPEN_TARGET = CaseStatus.INTAKE;

    private CaseLifecycle() {}

    public static TransitionCheck check(CaseFacts facts, TransitionRequest request) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(request, "request");
        return switch (request.kind()) {
            case FORWARD -> request.target() == CaseStatus.CLOSED
                    ? checkClose(facts, request)
                    : checkForward(facts, Objects.requireNonNull(request.target()));
            case CLOSE -> checkClose(facts, request);
            case REOPEN -> checkReopen(facts, request);
        };
    }

    /**
     * The forward step offered from the current status, as a list so a screen can render buttons
     * for it. CLOSED is never listed: closing is offered from every open status through
     * {@link #canClose}, because it needs an outcome.
     */
    public static List<CaseStatus> nextForwardSteps(CaseFacts facts) {
        CaseStatus next = nextOnPath(facts.status());
        return next == null || next == CaseStatus.CLOSED ? List.of() : List.of(next);
    }

    /**
     * An agreement is signed in a form the parties chose: a non-binding agreement of intent
     * (intentieverklaring) or a binding settlement agreement (vaststellingsovereenkomst). What they sign says
     * which it is, so a signing date without a form is refused, with the sentence shown at the form's field.
     */
    public static InputProblems signingProblems(@Nullable AgreementForm form, @Nullable LocalDate signedOn) {
        return signedOn != null && form == null ? InputProblems.of("form", "agreement.formBeforeSigning")
                : InputProblems.none();
    }

    /**
     * A vertical case is between residents and a public body, so it needs a public body among its parties:
     * to move on, to be registered, and to keep when parties change or a case becomes vertical.
     */
    public static boolean publicBodyMissing(boolean vertical, boolean hasPublicBodyParty) {
        return vertical && !hasPublicBodyParty;
    }

    /** Whether closing is offered at all; outcome and reason are then asked for and checked. */
    public static boolean canClose(CaseFacts facts) {
        return facts.status().isOpen();
    }

    /** Whether reopening is offered to this person; the reason is then asked for and checked. */
    public static boolean canReopen(CaseFacts facts, boolean supervisor) {
        return !facts.status().isOpen() && supervisor;
    }

    /** The status an allowed request leads to. */
    public static CaseStatus targetOf(CaseFacts facts, TransitionRequest request) {
        return switch (request.kind()) {
            case FORWARD, CLOSE -> Objects.requireNonNull(request.target());
            case REOPEN -> reopenTarget(facts);
        };
    }

    public static CaseStatus reopenTarget(CaseFacts facts) {
        CaseStatus closedFrom = facts.closedFrom();
        return closedFrom == null ? DEFAULT_REOPEN_TARGET : closedFrom;
    }

    private static TransitionCheck checkForward(CaseFacts facts, CaseStatus target) {
        if (!facts.status().isOpen()) {
            return refused(ALREADY_CLOSED);
        }
        if (nextOnPath(facts.status()) != target) {
            return refused(NOT_A_NEXT_STEP);
        }
        Set<MissingRequirement> missing = EnumSet.noneOf(MissingRequirement.class);
        requireParties(facts, target == CaseStatus.IN_MEDIATION ? 2 : 1, missing);
        if (publicBodyMissing(facts.vertical(), facts.hasPublicBodyParty())) {
            missing.add(PUBLIC_BODY_PARTY);
        }
        switch (target) {
            case INTAKE -> requireThat(facts.hasLeadMediator(), LEAD_MEDIATOR, missing);
            case IN_MEDIATION -> {
                requireThat(facts.hasLeadMediator(), LEAD_MEDIATOR, missing);
                requireThat(facts.allPartiesConsented(), ALL_CONSENTS, missing);
            }
            case AGREEMENT -> {
                requireThat(facts.agreementItemCount() >= 1, AGREEMENT_ITEM, missing);
                requireThat(facts.agreementSigned(), AGREEMENT_SIGNED, missing);
            }
            case FOLLOW_UP -> requireThat(facts.followUpDateSet(), FOLLOW_UP_DATE, missing);
            // REGISTERED is no one's next step and CLOSED is judged as a close request.
            case REGISTERED, CLOSED -> throw new IllegalStateException("Not a forward target: " + target);
        }
        return result(missing);
    }

    /** Reports only the stricter count, so the user is not told both "one" and "two parties". */
    private static void requireParties(CaseFacts facts, int needed, Set<MissingRequirement> missing) {
        if (facts.partyCount() < needed) {
            missing.add(needed >= 2 ? TWO_PARTIES : PARTY);
        }
    }

    private static TransitionCheck checkClose(CaseFacts facts, TransitionRequest request) {
        if (!facts.status().isOpen()) {
            return refused(ALREADY_CLOSED);
        }
        Set<MissingRequirement> missing = EnumSet.noneOf(MissingRequirement.class);
        requireThat(request.outcome() != null, OUTCOME, missing);
        if (request.outcome() == Outcome.REFERRED) {
            requireThat(request.referral() != null, REFERRAL_TARGET, missing);
        }
        // After follow-up the case simply ends; stopping any earlier has to be explained.
        if (facts.status() != CaseStatus.FOLLOW_UP) {
            requireThat(hasText(request.reason()), REASON, missing);
        }
        return result(missing);
    }

    private static TransitionCheck checkReopen(CaseFacts facts, TransitionRequest request) {
        if (facts.status().isOpen()) {
            return refused(NOT_CLOSED);
        }
        Set<MissingRequirement> missing = EnumSet.noneOf(MissingRequirement.class);
        requireThat(hasText(request.reason()), REASON, missing);
        requireThat(request.actorIsSupervisor(), SUPERVISOR_ONLY, missing);
        return result(missing);
    }

    private static @Nullable CaseStatus nextOnPath(CaseStatus status) {
        int index = FORWARD_PATH.indexOf(status);
        return index + 1 < FORWARD_PATH.size() ? FORWARD_PATH.get(index + 1) : null;
    }

    private static void requireThat(boolean met, MissingRequirement requirement, Set<MissingRequirement> missing) {
        if (!met) {
            missing.add(requirement);
        }
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static TransitionCheck refused(MissingRequirement requirement) {
        return TransitionCheck.refused(List.of(requirement));
    }

    /** An EnumSet iterates in declaration order, which keeps the refusal sentence stable. */
    private static TransitionCheck result(Set<MissingRequirement> missing) {
        return missing.isEmpty() ? TransitionCheck.ok() : TransitionCheck.refused(List.copyOf(missing));
    }
}
