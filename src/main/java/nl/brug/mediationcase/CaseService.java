package nl.brug.mediationcase;

import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.REGISTER;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.UPDATE_OVERVIEW;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.base.BrugClock;
import nl.brug.base.InvalidInputException;
import nl.brug.base.TextRules;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseAuditDetail;
import nl.brug.mediationcase.internal.CaseDetailsAssembler;
import nl.brug.mediationcase.internal.CaseRepository;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.ReferenceNumbers;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/**
 * The case feature's API for a whole case: register, open, edit its facts, move it through the lifecycle,
 * assign its mediators. Administrators (without another role) are refused every call: they see no case
 * content. Each method is one transaction: it saves all of its change or nothing.
 */
@Service
@PreAuthorize("hasAnyRole('MEDIATOR', 'SUPERVISOR')")
public class CaseService {

    private final CaseRepository cases;
    private final CaseAccess access;
    private final ReferenceNumbers referenceNumbers;
    private final CaseDetailsAssembler assembler;
    private final AccountService accounts;
    private final BrugClock clock;

    CaseService(CaseRepository cases, CaseAccess access, ReferenceNumbers referenceNumbers,
            CaseDetailsAssembler assembler, AccountService accounts, BrugClock clock) {
        this.cases = cases;
        this.access = access;
        this.referenceNumbers = referenceNumbers;
        this.assembler = assembler;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Registers a new request. A supervisor may choose its lead mediator right away; otherwise a mediator who
     * registers becomes the lead, and a supervisor's registration waits in the intake queue for one. Returns
     * the new reference.
     */
    @Transactional
    public String register(CaseRegistration registration) {
        BrugUser user = CurrentUser.require();
        LocalDate today = clock.today();
        CaseInputRules.checkRegistration(registration, today);
        Long lead = leadAtRegistration(user, registration.leadMediatorId());
        String reference = referenceNumbers.next(today);
        MediationCase created = new MediationCase(reference, registration.overview(), registration.parties(),
                today, lead, clock.now(), user.accountId());
        cases.save(created);
        access.saved(created, CaseAuditDetail.of(REGISTER));
        return reference;
    }

    private @Nullable Long leadAtRegistration(BrugUser user, @Nullable Long chosen) {
        if (chosen == null) {
            return user.hasRole(Role.MEDIATOR) ? user.accountId() : null;
        }
        if (!user.hasRole(Role.SUPERVISOR) && chosen != user.accountId()) {
            // Assigning work to someone else is a supervisor's decision.
            throw InvalidInputException.of("lead", "case.register.leadBySupervisor");
        }
        requireEnabledMediator("lead", chosen);
        return chosen;
    }

    /** Opens a case; every opening, and every refused attempt, is recorded in the audit trail. */
    @Transactional
    public CaseDetails details(String reference) {
        BrugUser user = CurrentUser.require();
        MediationCase c;
        try {
            c = access.visible(reference, user);
        } catch (CaseNotFoundException notFound) {
            access.openRefused(reference);
            throw notFound;
        }
        access.opened(c);
        return assembler.assemble(c, user, clock.today());
    }

    /** Changes the case's facts; a procedure deadline newly set in the past is refused (see the next method). */
    @Transactional
    public void updateOverview(String reference, long expectedVersion, CaseOverview overview) {
        updateOverview(reference, expectedVersion, overview, false);
    }

    /**
     * Changes the case's facts. {@code pastDeadlineConfirmed}: the user was shown that the new procedure
     * deadline has already passed and keeps it; without it such a deadline is refused with that remark.
     */
    @Transactional
    public void updateOverview(String reference, long expectedVersion, CaseOverview overview,
            boolean pastDeadlineConfirmed) {
        CaseInputRules.throwIfAny(CaseInputRules.problemsWith(overview));
        access.change(reference, expectedVersion, CurrentUser.require(), CaseAuditDetail.of(UPDATE_OVERVIEW), edit -> {
            MediationCase c = edit.theCase();
            CaseInputRules.throwIfAny(CaseInputRules.problemsWithDeadline(overview, c.overview().procedureDeadline(),
                    edit.today(), pastDeadlineConfirmed));
            if (CaseLifecycle.publicBodyMissing(overview.kind() == CaseKind.VERTICAL, c.facts().hasPublicBodyParty())) {
                throw InvalidInputException.of("kind", "case.missing.PUBLIC_BODY_PARTY");
            }
            c.updateOverview(overview, edit.now(), edit.actorId());
        });
    }

    /**
     * Moves the case on, closes it, or (supervisors only) reopens it. Refused transitions throw
     * {@link TransitionRefusedException} listing what is missing; nothing changes.
     */
    @Transactional
    public void transition(String reference, long expectedVersion, TransitionRequest request) {
        BrugUser user = CurrentUser.require();
        // A supervisor reopens a case they may see; every other step is its mediators' to take.
        MediationCase c = request.isReopen() ? access.visible(reference, user) : access.editable(reference, user);
        access.requireVersion(c, expectedVersion, c.getVersion());
        checkReasonLength(request.reason());
        CaseStatus from = c.getStatus();
        CaseStatus to = CaseLifecycle.targetOf(c.facts(), request);
        access.change(c, user, CaseAuditDetail.transition(from, to), edit -> c.transition(request,
                user.hasRole(Role.SUPERVISOR), edit.today(), edit.now(), edit.actorId()));
    }

    /** Supervisors choose the lead and co-mediator: two different, enabled mediator accounts. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void assignMediators(String reference, long expectedVersion, @Nullable Long leadId, @Nullable Long coId) {
        BrugUser user = CurrentUser.require();
        MediationCase c = access.visible(reference, user);
        access.requireVersion(c, expectedVersion, c.getVersion());
        if (leadId == null && c.getStatus() != CaseStatus.REGISTERED) {
            // Once intake has started, the case is someone's responsibility: a lead can be replaced, not removed.
            throw InvalidInputException.of("lead", "case.assign.leadRequired");
        }
        if (leadId != null && leadId.equals(coId)) {
            throw InvalidInputException.of("co", "case.assign.samePerson");
        }
        requireEnabledMediator("lead", leadId);
        requireEnabledMediator("co", coId);
        access.change(c, user, CaseAuditDetail.assignment(leadId, coId),
                edit -> c.assign(leadId, coId, edit.now(), edit.actorId()));
    }

    private void requireEnabledMediator(String field, @Nullable Long accountId) {
        if (accountId == null) {
            return;
        }
        boolean ok = accounts.find(accountId).filter(AccountSummary::enabled)
                .filter(a -> a.roles().contains(Role.MEDIATOR)).isPresent();
        if (!ok) {
            throw InvalidInputException.of(field, "case.assign.notAMediator");
        }
    }

    private static void checkReasonLength(@Nullable String reason) {
        TextRules.problemWith("reason", reason, CaseLimits.CLOSE_REASON_MAX).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
    }

}
