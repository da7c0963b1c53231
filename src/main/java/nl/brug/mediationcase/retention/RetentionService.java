package nl.brug.mediationcase.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.base.BrugClock;
import nl.brug.base.InputProblems;
import nl.brug.base.TextRules;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseAuditDetail;
import nl.brug.mediationcase.internal.CaseQueueRepository;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.Retention;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;

/**
 * What supervisors see and decide of the retention of closed cases (decision 027): the cases that will be
 * anonymised in the coming days, and postponing one of them with a reason (a running court case, a complaint).
 * The anonymising itself runs every night, without a user ({@link CaseAnonymiser}).
 */
@Service
@PreAuthorize("hasRole('SUPERVISOR')")
public class RetentionService {

    /** How far ahead the supervisors' list looks. */
    public static final int DAYS_AHEAD = 30;

    private final CaseQueueRepository queues;
    private final CaseAccess access;
    private final RetentionProperties properties;
    private final BrugClock clock;
    private final CaseAnonymiser anonymiser;

    RetentionService(CaseQueueRepository queues, CaseAccess access, RetentionProperties properties, BrugClock clock,
            CaseAnonymiser anonymiser) {
        this.queues = queues;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
        this.anonymiser = anonymiser;
    }

    /** The term after closing; zero when Brug keeps every case. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Period term() {
        return properties.enabled() ? properties.closedCases() : Period.ZERO;
    }

    /** Closed cases due for anonymisation within {@value #DAYS_AHEAD} days (or overdue), the first due first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<RetentionDue> dueSoon() {
        if (!properties.enabled()) {
            return List.of();
        }
        LocalDate horizon = clock.today().plusDays(DAYS_AHEAD);
        return queues.findClosedNotAnonymisedBefore(horizon.minus(properties.closedCases())).stream()
                .map(this::due).filter(due -> !due.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(RetentionDue::dueOn).thenComparing(RetentionDue::reference))
                .toList();
    }

    /** When the last nightly (or other) run was, and what it did; empty before the first run. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Optional<AnonymisationRun> lastRun() {
        return Optional.ofNullable(anonymiser.lastRun());
    }

    /**
     * Keeps a closed case until {@code until} (after today) for a reason, which the case history records;
     * the audit trail records that it was postponed.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void postpone(String reference, long expectedVersion, @Nullable LocalDate until, @Nullable String reason) {
        BrugUser user = CurrentUser.require();
        InputProblems problems = InputProblems.none();
        if (until == null) {
            problems.put("until", "field.required");
        } else if (!until.isAfter(clock.today())) {
            problems.put("until", "retention.postpone.untilInFuture");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "field.required");
        } else {
            // The case history keeps it in the column of the reasons for a change of status.
            TextRules.problemWith("reason", reason, CaseLimits.CLOSE_REASON_MAX).ifPresent(problems::add);
        }
        problems.throwIfAny();
        MediationCase theCase = access.visible(reference, user);
        access.change(theCase, user, CaseAuditDetail.of(CaseAuditDetail.Change.POSTPONE_ANONYMISATION), edit -> {
            edit.requireCaseVersion(expectedVersion);
            edit.theCase().postponeAnonymisation(Objects.requireNonNull(until),
                    Objects.requireNonNull(reason).strip(), edit.now(), edit.actorId());
        });
    }

    private RetentionDue due(MediationCase theCase) {
        LocalDate closedOn = Objects.requireNonNull(theCase.closing().closedOn());
        LocalDate postponedUntil = theCase.retention().postponedUntil();
        LocalDate dueOn = Retention.dueOn(closedOn, postponedUntil, properties.closedCases());
        return new RetentionDue(theCase.getReference(), theCase.subject().title(), closedOn, dueOn, postponedUntil,
                theCase.getVersion());
    }
}
