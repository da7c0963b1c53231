package nl.brug.mediationcase;

import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.DECLARE_CONFLICT;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.REGISTER;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.REGISTER_DESPITE_CONFLICT;
import static nl.brug.mediationcase.internal.CaseAuditDetail.Change.UPDATE_OVERVIEW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import jakarta.persistence.EntityManager;
import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.base.BrugClock;
import nl.brug.base.InvalidInputException;
import nl.brug.base.TextRules;
import nl.brug.conflictofinterest.CaseCircumstances;
import nl.brug.conflictofinterest.ConflictMatch;
import nl.brug.conflictofinterest.ConflictOfInterestService;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseAuditDetail;
import nl.brug.mediationcase.internal.CaseDetailsAssembler;
import nl.brug.mediationcase.internal.CaseRepository;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.ReferenceNumbers;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
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
    private final ConflictOfInterestService conflicts;
    private final BrugClock clock;
    private final EntityManager entityManager;

    CaseService(CaseRepository cases, CaseAccess access, ReferenceNumbers referenceNumbers,
            CaseDetailsAssembler assembler, AccountService accounts, ConflictOfInterestService conflicts,
            BrugClock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.conflicts = conflicts;
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
     * the new reference. When the lead's conflicts of interest match the case, it is refused with
     * {@link ConflictOfInterestException} unless the registration carries a reason for going on, which the
     * case's history then starts with.
     */
    @Transactional
    public String register(CaseRegistration registration) {
        BrugUser user = CurrentUser.require();
        LocalDate today = clock.today();
        CaseInputRules.checkRegistration(registration, today);
        checkConflictReason(registration.conflictOverride());
        Long lead = leadAtRegistration(user, registration.leadMediatorId());
        boolean overridden = lead != null && warnUnlessOverridden(List.of(lead),
                circumstances(registration.overview(), registration.parties()), registration.conflictOverride());
        String reference = referenceNumbers.next(today);
        MediationCase created = new MediationCase(reference, registration.overview(), registration.parties(),
                today, lead, clock.now(), user.accountId());
        String reason = registration.conflictOverride();
        if (overridden && reason != null) {
            created.conflictOverridden(reason, clock.now(), user.accountId());
        }
        cases.save(created);
        access.saved(created, CaseAuditDetail.of(overridden ? REGISTER_DESPITE_CONFLICT : REGISTER));
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
        // Only read: no snapshots to keep and no dirty check at the end for the case and its hundreds of parts
        // (decision 035). The transaction still writes, for the audit record of the opening. Only in a
        // transaction of its own: a caller's transaction may go on to change the case.
        if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
            entityManager.unwrap(Session.class).setDefaultReadOnly(true);
        }
        MediationCase c = access.openedBy(reference, user);
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

    /** Supervisors choose the lead and co-mediator: see the next method, without a reason to go on. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void assignMediators(String reference, long expectedVersion, @Nullable Long leadId, @Nullable Long coId) {
        assignMediators(reference, expectedVersion, leadId, coId, null);
    }

    /**
     * Supervisors choose the lead and co-mediator: two different, enabled mediator accounts. When the
     * conflicts of interest of a mediator who joins the case (is not on it yet) match it, the assignment is
     * refused with {@link ConflictOfInterestException} unless {@code conflictOverride} gives a reason for
     * going on; then it is saved and the reason recorded in the case's history.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void assignMediators(String reference, long expectedVersion, @Nullable Long leadId, @Nullable Long coId,
            @Nullable String conflictOverride) {
        checkConflictReason(conflictOverride);
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
        List<Long> joining = new ArrayList<>();
        for (Long id : new Long[] {leadId, coId}) {
            if (id != null && !c.mediators().includes(id)) {
                joining.add(id);
            }
        }
        boolean overridden = warnUnlessOverridden(joining, circumstances(c.overview(),
                c.parts().parties().stream().map(party -> party.toData()).toList()), conflictOverride);
        access.change(c, user, overridden ? CaseAuditDetail.assignmentDespiteConflict(leadId, coId)
                : CaseAuditDetail.assignment(leadId, coId), edit -> {
                    c.assign(leadId, coId, edit.now(), edit.actorId());
                    if (overridden && conflictOverride != null) {
                        c.conflictOverridden(conflictOverride, edit.now(), edit.actorId());
                    }
                });
    }

    /**
     * One of the case's mediators declares a conflict of interest and leaves the case; a lead's case goes back
     * to the supervisors' intake queue. The reason is optional and goes into the history. Refused on a closed
     * case ({@link CaseClosedException}): it has no work left to hand on.
     */
    @Transactional
    @PreAuthorize("hasRole('MEDIATOR')")
    public void declareConflict(String reference, long expectedVersion, @Nullable String reason) {
        TextRules.problemWith("reason", reason, CaseLimits.CONFLICT_REASON_MAX).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        access.change(reference, expectedVersion, CurrentUser.require(), CaseAuditDetail.of(DECLARE_CONFLICT),
                edit -> edit.theCase().declareConflict(edit.actorId(), reason, edit.now()));
    }

    /** The people at the table (each party and its contact person) and the case's place. */
    private static CaseCircumstances circumstances(CaseOverview overview, List<PartyData> parties) {
        List<String> people = new ArrayList<>();
        for (PartyData party : parties) {
            people.add(party.name());
            if (party.contactPerson() != null && !party.contactPerson().isBlank()) {
                people.add(party.contactPerson());
            }
        }
        return new CaseCircumstances(people, overview.municipality(), overview.neighbourhood());
    }

    /**
     * Whether the joining mediators' conflicts of interest match the case and the caller goes on anyway
     * (true), or nothing matches (false); a match without a reason to go on is refused.
     */
    private boolean warnUnlessOverridden(Collection<Long> joining, CaseCircumstances circumstances,
            @Nullable String override) {
        List<ConflictMatch> matches = conflicts.matchesFor(joining, circumstances);
        if (matches.isEmpty()) {
            return false;
        }
        if (override == null || override.isBlank()) {
            Set<Long> ids = new LinkedHashSet<>();
            matches.forEach(match -> ids.add(match.mediatorId()));
            Map<Long, String> names = accounts.displayNames(List.copyOf(ids));
            throw new ConflictOfInterestException(matches.stream()
                    .map(match -> new ConflictOfInterestException.Conflict(match.mediatorId(),
                            names.getOrDefault(match.mediatorId(), "?"), match.kind(), match.matched()))
                    .toList());
        }
        return true;
    }

    private static void checkConflictReason(@Nullable String reason) {
        TextRules.problemWith("conflictReason", reason, CaseLimits.CONFLICT_REASON_MAX).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
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
