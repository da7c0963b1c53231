package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.mediationcase.CaseAnonymisedException;
import nl.brug.mediationcase.CaseClosedException;
import nl.brug.mediationcase.CaseEvent;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.lifecycle.CaseFacts;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;
import nl.brug.mediationcase.lifecycle.MissingRequirement;
import nl.brug.mediationcase.lifecycle.TransitionCheck;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.session.SessionData;

/**
 * A mediation case and everything it holds. The status only changes through {@link #transition}, which asks
 * {@link CaseLifecycle} first and writes the history entry. Its concerns have their own small classes
 * ({@link Milestones}, {@link FormalProcedure}, {@link AgreementRecord}, {@link Closing}, {@link Retention},
 * {@link ReviewRounds}); the case keeps them consistent. The version guards the case's own fields; its parts
 * carry their own versions, so two mediators adding a party and editing the overview do not block each other.
 * A closed case refuses changes of content ({@link CaseClosedException}), an anonymised one every change.
 */
@Entity
@Table(name = "mediation_case")
public class MediationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Embedded
    private CaseSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;
    @Embedded
    private @Nullable CaseMediators mediators;

    // Embedded values whose columns are all empty load as null: read them through their accessors.
    @Embedded
    private @Nullable Milestones milestones;
    @Embedded
    private @Nullable FormalProcedure procedure;
    @Embedded
    private @Nullable AgreementRecord agreement;
    @Embedded
    private @Nullable Closing closing;
    @Embedded
    private @Nullable Retention retention;

    @OptimisticLock(excluded = true)
    @Embedded
    private CaseSearchIndex search = new CaseSearchIndex();

    /** Derived from {@link #reviews} on every change to them, for the queues; see {@link ReviewState}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    private @Nullable ReviewState reviewState;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @OptimisticLock(excluded = true)
    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Party> parties = new ArrayList<>();
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseSession> sessions = new ArrayList<>();
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL)
    private List<JournalNote> notes = new ArrayList<>();
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AgreementItem> agreementItems = new ArrayList<>();
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL)
    private List<HistoryEntry> history = new ArrayList<>();
    // Excluded like the other parts; a verdict or answer still moves the version, through reviewState.
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL)
    private List<CaseReview> reviews = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected MediationCase() {
    }

    public MediationCase(String reference, CaseOverview overview, List<PartyData> initialParties,
            LocalDate registeredOn, @Nullable Long leadMediatorId, Instant now, long actorId) {
        this.reference = reference;
        this.registeredOn = registeredOn;
        this.mediators = new CaseMediators(leadMediatorId, null);
        this.status = CaseStatus.REGISTERED;
        this.createdAt = now;
        applyOverview(overview);
        initialParties.forEach(data -> parties.add(new Party(this, data)));
        refreshSearchText();
        history().statusChanged(null, CaseStatus.REGISTERED, null, now, actorId);
        touch(now, actorId);
    }

    // --- overview and assignment ---------------------------------------------------------------------

    public void updateOverview(CaseOverview overview, Instant now, long actorId) {
        requireOpen();
        applyOverview(overview);
        touch(now, actorId);
    }

    private void applyOverview(CaseOverview overview) {
        subject = CaseSubject.of(overview);
        // Only a vertical case runs beside a formal procedure.
        boolean vertical = overview.kind() == CaseKind.VERTICAL;
        procedure = procedure().changedTo(vertical ? overview.procedureKind() : null,
                vertical ? overview.procedureReference() : null, vertical ? overview.procedureDeadline() : null);
        refreshSearchText();
    }

    public CaseOverview overview() {
        return subject.toOverview(procedure());
    }

    /** Allowed on a closed case too: assignment is supervision, and a returned review may need another mediator. */
    public void assign(@Nullable Long lead, @Nullable Long co, Instant now, long actorId) {
        mediators = new CaseMediators(lead, co);
        touch(now, actorId);
    }

    /** A mediator joined although their conflicts of interest matched (also at registration), for this reason. */
    public void conflictOverridden(String reason, Instant now, long actorId) {
        history().eventWithReason(CaseEvent.CONFLICT_OVERRIDDEN, reason, now, actorId);
        touch(now, actorId);
    }

    /** A mediator declares a conflict of interest and leaves the case ({@link CaseMediators#without}); not when closed. */
    public void declareConflict(long mediatorId, @Nullable String reason, Instant now) {
        requireOpen();
        mediators = mediators().without(mediatorId);
        history().eventWithReason(CaseEvent.CONFLICT_DECLARED, reason, now, mediatorId);
        touch(now, mediatorId);
    }

    // --- parties, sessions, journal and agreement items ---------------------------------------------

    /** The parts its mediators add to and change; see {@link CaseParts}. */
    public CaseParts parts() {
        return new CaseParts(this, parties, sessions, notes, agreementItems);
    }

    /** Every change of a part is refused on a closed case and recorded as the case's last change. */
    void changePart(Runnable change, Instant now, long actorId) {
        requireOpen();
        change.run();
        touch(now, actorId);
    }

    /**
     * Makes an ordinary note confidential, never back (it may have been written in confidence); also on a
     * closed case, as it only narrows who reads it. Recorded in the history.
     */
    public void makeNoteConfidential(JournalNote note, Instant now, long actorId) {
        if (note.isConfidential()) {
            return;
        }
        note.makeConfidential();
        history().event(CaseEvent.NOTE_MADE_CONFIDENTIAL, note.getId(), now, actorId);
        touch(now, actorId);
    }

    // --- formal procedure, agreement and follow-up ---------------------------------------------------

    /** The procedure's deadline has been dealt with (objection lodged, decision taken): it stops warning. */
    public void markProcedureHandled(LocalDate today, Instant now, long actorId) {
        requireOpen();
        procedure = procedure().handled(today);
        history().event(CaseEvent.PROCEDURE_HANDLED, null, now, actorId);
        touch(now, actorId);
    }

    public void recordAgreement(@Nullable AgreementForm form, @Nullable LocalDate signedOn, Instant now,
            long actorId) {
        requireOpen();
        agreement = agreement().signed(form, signedOn);
        touch(now, actorId);
    }

    public void recordFollowUp(@Nullable LocalDate date, @Nullable String finding, Instant now, long actorId) {
        requireOpen();
        agreement = agreement().followedUp(date, finding);
        touch(now, actorId);
    }

    // --- lifecycle -----------------------------------------------------------------------------------

    public CaseFacts facts() {
        return new CaseFacts(status, subject.kind() == CaseKind.VERTICAL, mediators().leadId() != null, parties.size(),
                parties.stream().anyMatch(Party::isPublicBody),
                !parties.isEmpty() && parties.stream().allMatch(Party::hasConsented),
                agreementItems.size(), agreement().signedOn() != null, agreement().followUpOn() != null,
                closing().closedFrom());
    }

    /**
     * Applies a transition the lifecycle allows, or throws {@link TransitionRefusedException} naming all
     * that is missing (and the parties whose consent is), with nothing changed.
     */
    public void transition(TransitionRequest request, boolean actorIsSupervisor, LocalDate today, Instant now,
            long actorId) {
        TransitionRequest asActor = request.withActorIsSupervisor(actorIsSupervisor);
        TransitionCheck check = CaseLifecycle.check(facts(), asActor);
        if (!check.allowed()) {
            throw new TransitionRefusedException(check.missing(), check.missing().contains(
                    MissingRequirement.ALL_CONSENTS) ? parts().namesWithoutConsent() : List.of());
        }
        CaseStatus from = status;
        CaseStatus to = CaseLifecycle.targetOf(facts(), asActor);
        switch (to) {
            case CLOSED -> {
                closing = Closing.of(from, request, today);
                reviewState = reviews().start(today);
            }
            case IN_MEDIATION -> milestones = milestones()
                    .enteringMediation(() -> history().dayEntered(CaseStatus.INTAKE, today));
            case AGREEMENT -> milestones = milestones().reachingAgreement(agreement().signedOn(),
                    () -> history().dayEntered(CaseStatus.IN_MEDIATION, today));
            default -> {
                // nothing derived
            }
        }
        if (from == CaseStatus.CLOSED) {
            // Reopened: the intake clock starts again, so a case back at intake is not overdue at once.
            closing = Closing.OPEN;
            milestones = milestones().intakeClockRestarted(today);
            reviews().endOnReopen(now, actorId);
            reviewState = null; // a reopened case is under review no more
        }
        status = to;
        history().statusChanged(from, to, request.reason(), now, actorId);
        touch(now, actorId);
    }

    /** A closed case is read-only in every section until a supervisor reopens it. */
    private void requireOpen() {
        if (isClosed()) {
            throw new CaseClosedException(reference);
        }
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /** No intake contact yet and more than five working days since registration (or reopening). */
    public boolean intakeOverdue(LocalDate today) {
        return milestones().intakeOverdue(status, registeredOn, today);
    }

    public LocalDate intakeDueDate() {
        return milestones().intakeDueDate(registeredOn);
    }

    /** The supervisors' review of the closed case, in rounds; see {@link ReviewRounds}. */
    public ReviewRounds reviews() {
        return new ReviewRounds(this, reviews);
    }

    @Nullable ReviewState reviewState() {
        return reviewState;
    }

    /** A held intake or joint session also sets the case's milestone dates. */
    void sessionHeld(SessionData data) {
        milestones = milestones().sessionHeld(data);
    }

    /** A verdict or an answer moves the case's version, so a second supervisor on an old page is told. */
    void reviewChanged(ReviewState state, Instant now, long actorId) {
        reviewState = state;
        touch(now, actorId);
    }

    // --- bookkeeping ---------------------------------------------------------------------------------

    /** Every change ends here; an anonymised case refuses them all (its transaction rolls back). */
    private void touch(Instant now, long actorId) {
        if (retention().anonymisedOn() instanceof LocalDate anonymisedOn) {
            throw new CaseAnonymisedException(reference, anonymisedOn);
        }
        lastChange = new LastChange(now, actorId);
    }

    /** The search text holds the title and the parties' names: it follows every change of either. */
    void refreshSearchText() {
        search.refresh(reference, subject.title(), parties.stream().map(Party::getName).toList());
    }

    // --- reading -------------------------------------------------------------------------------------

    public Milestones milestones() {
        return milestones != null ? milestones : Milestones.NONE;
    }

    public FormalProcedure procedure() {
        return procedure != null ? procedure : FormalProcedure.NONE;
    }

    public AgreementRecord agreement() {
        return agreement != null ? agreement : AgreementRecord.NONE;
    }

    public Closing closing() {
        return closing != null ? closing : Closing.OPEN;
    }

    public CaseMediators mediators() {
        return mediators != null ? mediators : CaseMediators.NONE;
    }

    public Retention retention() {
        return retention != null ? retention : Retention.NONE;
    }

    /** A supervisor keeps a closed case longer (a running court case): recorded in the history with the reason. */
    public void postponeAnonymisation(LocalDate until, String reason, Instant now, long actorId) {
        retention = retention().postponedUntil(until);
        history().eventWithReason(CaseEvent.ANONYMISATION_POSTPONED, reason, now, actorId);
        touch(now, actorId);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public CaseSubject subject() {
        return subject;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LastChange lastChange() {
        return lastChange;
    }

    public long getVersion() {
        return version;
    }

    /** Every change of status and every other event; see {@link CaseHistory}. */
    public CaseHistory history() {
        return new CaseHistory(this, history);
    }
}
