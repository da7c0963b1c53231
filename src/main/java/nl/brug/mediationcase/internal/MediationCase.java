package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.mediationcase.AgreementForm;
import nl.brug.mediationcase.AgreementItemData;
import nl.brug.base.DisplayFormats;
import nl.brug.base.WorkingDays;
import nl.brug.mediationcase.CaseClosedException;
import nl.brug.mediationcase.CaseEvent;
import nl.brug.mediationcase.CaseFacts;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseLifecycle;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.MissingRequirement;
import nl.brug.mediationcase.DeadlineStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.PartyData;
import nl.brug.mediationcase.ProcedureKind;
import nl.brug.mediationcase.ReferralTarget;
import nl.brug.mediationcase.ReviewVerdict;
import nl.brug.mediationcase.SessionData;
import nl.brug.mediationcase.SessionKind;
import nl.brug.mediationcase.SessionStatus;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.TransitionCheck;
import nl.brug.mediationcase.TransitionRefusedException;
import nl.brug.mediationcase.TransitionRequest;
import nl.brug.mediationcase.Urgency;

/**
 * A mediation case and everything it holds. The status only changes through {@link #transition}, which
 * asks {@link CaseLifecycle} first and writes the history entry; there is no setter for it.
 *
 * <p>The version guards the case's own fields. Its parts (parties, sessions, items) carry their own
 * versions, so two mediators adding a party and editing the overview at once do not block each other;
 * {@code updatedAt}/{@code updatedBy} say who touched the case last, for the "changed by" message.
 */
@Entity
@Table(name = "mediation_case")
public class MediationCase {

    /** Working days in which the first intake contact should take place (Dutch neighbourhood mediation). */
    public static final int INTAKE_WORKING_DAYS = 5;
    /** Weeks after signing that Brug proposes for the follow-up contact. */
    public static final int FOLLOW_UP_WEEKS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Theme theme;
    private @Nullable String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    private @Nullable String municipality;
    private @Nullable String neighbourhood;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "closed_from")
    private @Nullable CaseStatus closedFrom;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    @Enumerated(EnumType.STRING)
    private @Nullable ReferralTarget referral;
    @Column(name = "close_reason")
    private @Nullable String closeReason;

    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;
    @Column(name = "intake_on")
    private @Nullable LocalDate intakeOn;
    @Column(name = "first_joint_session_on")
    private @Nullable LocalDate firstJointSessionOn;
    @Column(name = "agreement_on")
    private @Nullable LocalDate agreementOn;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "lead_mediator_id")
    private @Nullable Long leadMediatorId;
    @Column(name = "co_mediator_id")
    private @Nullable Long coMediatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    private @Nullable AgreementForm agreementForm;
    @Column(name = "agreement_signed_on")
    private @Nullable LocalDate agreementSignedOn;
    @Column(name = "follow_up_on")
    private @Nullable LocalDate followUpOn;
    @Column(name = "follow_up_finding")
    private @Nullable String followUpFinding;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind")
    private @Nullable ProcedureKind procedureKind;
    @Column(name = "procedure_reference")
    private @Nullable String procedureReference;
    @Column(name = "procedure_deadline")
    private @Nullable LocalDate procedureDeadline;
    @Column(name = "procedure_handled_on")
    private @Nullable LocalDate procedureHandledOn;

    /** The day the case was last reopened, where the 5-working-day intake clock starts again; null: registration. */
    @Column(name = "intake_clock_from")
    private @Nullable LocalDate intakeClockFrom;

    // Derived from the title (guarded by the overview's version) and the party names (guarded by each
    // party's version): a party change must not make the case itself look changed.
    @OptimisticLock(excluded = true)
    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    /** Derived from {@link #reviews} on every change to them, for the queues; see {@link ReviewState}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    private @Nullable ReviewState reviewState;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OptimisticLock(excluded = true)
    @Column(name = "updated_by")
    private @Nullable Long updatedBy;

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
        this.leadMediatorId = leadMediatorId;
        this.status = CaseStatus.REGISTERED;
        this.createdAt = now;
        applyOverview(overview);
        initialParties.forEach(data -> parties.add(new Party(this, data)));
        refreshSearchText();
        history.add(new HistoryEntry(this, now, actorId, null, CaseStatus.REGISTERED, null));
        touch(now, actorId);
    }

    // --- overview and assignment ---------------------------------------------------------------------

    public void updateOverview(CaseOverview overview, Instant now, long actorId) {
        requireOpen();
        applyOverview(overview);
        touch(now, actorId);
    }

    private void applyOverview(CaseOverview overview) {
        title = overview.title().strip();
        kind = overview.kind();
        theme = overview.theme();
        description = Party.blankToNull(overview.description());
        source = overview.source();
        municipality = Party.blankToNull(overview.municipality());
        neighbourhood = Party.blankToNull(overview.neighbourhood());
        urgency = overview.urgency();
        boolean vertical = overview.kind() == CaseKind.VERTICAL;
        ProcedureKind newKind = vertical ? overview.procedureKind() : null;
        LocalDate newDeadline = vertical && newKind != null ? overview.procedureDeadline() : null;
        if (newKind != procedureKind || !Objects.equals(newDeadline, procedureDeadline)) {
            // A new or moved deadline has not been dealt with yet.
            procedureHandledOn = null;
        }
        procedureKind = newKind;
        procedureReference = vertical ? Party.blankToNull(overview.procedureReference()) : null;
        procedureDeadline = newDeadline;
        refreshSearchText();
    }

    public CaseOverview overview() {
        return new CaseOverview(title, kind, theme, description, source, municipality, neighbourhood, urgency,
                procedureKind, procedureReference, procedureDeadline);
    }

    /**
     * Allowed on a closed case too: assignment is supervision, not case content, and a returned review may
     * need another mediator to answer it.
     */
    public void assign(@Nullable Long lead, @Nullable Long co, Instant now, long actorId) {
        if (lead != null && lead.equals(co)) {
            throw new IllegalArgumentException("Lead and co-mediator must be two people");
        }
        leadMediatorId = lead;
        coMediatorId = co;
        touch(now, actorId);
    }

    public boolean isAssignedTo(long accountId) {
        return Objects.equals(leadMediatorId, accountId) || Objects.equals(coMediatorId, accountId);
    }

    // --- parties -------------------------------------------------------------------------------------

    public Party addParty(PartyData data, Instant now, long actorId) {
        requireOpen();
        Party party = new Party(this, data);
        parties.add(party);
        refreshSearchText();
        touch(now, actorId);
        return party;
    }

    public Optional<Party> party(long partyId) {
        return parties.stream().filter(p -> Objects.equals(p.getId(), partyId)).findFirst();
    }

    public void updateParty(Party party, PartyData data, Instant now, long actorId) {
        requireOpen();
        party.apply(data);
        refreshSearchText();
        touch(now, actorId);
    }

    public void removeParty(Party party, Instant now, long actorId) {
        requireOpen();
        parties.remove(party);
        refreshSearchText();
        touch(now, actorId);
    }

    // --- sessions ------------------------------------------------------------------------------------

    public CaseSession addSession(SessionData data, Instant now, long actorId) {
        requireOpen();
        CaseSession session = new CaseSession(this, data);
        sessions.add(session);
        noteMilestones(data);
        touch(now, actorId);
        return session;
    }

    public Optional<CaseSession> session(long sessionId) {
        return sessions.stream().filter(s -> Objects.equals(s.getId(), sessionId)).findFirst();
    }

    public void updateSession(CaseSession session, SessionData data, Instant now, long actorId) {
        requireOpen();
        session.apply(data);
        noteMilestones(data);
        touch(now, actorId);
    }

    /** A held intake sets the intake date; a held joint, shuttle or group session the first joint session. */
    private void noteMilestones(SessionData data) {
        if (data.status() != SessionStatus.HELD) {
            return;
        }
        LocalDate day = data.start().toLocalDate();
        if (data.kind() == SessionKind.INTAKE || data.kind() == SessionKind.INDIVIDUAL) {
            intakeOn = earliest(intakeOn, day);
        }
        if (data.kind() == SessionKind.JOINT || data.kind() == SessionKind.SHUTTLE
                || data.kind() == SessionKind.GROUP) {
            firstJointSessionOn = earliest(firstJointSessionOn, day);
        }
    }

    private static LocalDate earliest(@Nullable LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    // --- journal -------------------------------------------------------------------------------------

    public JournalNote addNote(String text, boolean confidential, Instant now, long actorId) {
        requireOpen();
        JournalNote note = new JournalNote(this, now, actorId, text, confidential);
        notes.add(note);
        touch(now, actorId);
        return note;
    }

    public Optional<JournalNote> note(long noteId) {
        return notes.stream().filter(n -> Objects.equals(n.getId(), noteId)).findFirst();
    }

    /**
     * Makes an ordinary note confidential, never the other way round: a note that was confidential may have
     * been written in confidence. Allowed on a closed case too, because it only narrows who may read the note.
     * Recorded in the history.
     */
    public void makeNoteConfidential(JournalNote note, Instant now, long actorId) {
        if (note.isConfidential()) {
            return;
        }
        note.makeConfidential();
        history.add(HistoryEntry.event(this, now, actorId, status, CaseEvent.NOTE_MADE_CONFIDENTIAL, note.getId()));
        touch(now, actorId);
    }

    // --- formal procedure ----------------------------------------------------------------------------

    /** Where the formal procedure's deadline stands today; null when the case has no procedure. */
    public @Nullable DeadlineStatus deadlineStatus(LocalDate today) {
        if (procedureKind == null || procedureDeadline == null) {
            return null;
        }
        return DeadlineStatus.of(procedureKind, procedureDeadline, procedureHandledOn, today);
    }

    /** The procedure's deadline has been dealt with (objection lodged, decision taken): it stops warning. */
    public void markProcedureHandled(LocalDate today, Instant now, long actorId) {
        requireOpen();
        if (procedureDeadline == null) {
            throw new IllegalStateException("Case " + reference + " has no procedure deadline");
        }
        procedureHandledOn = today;
        history.add(HistoryEntry.event(this, now, actorId, status, CaseEvent.PROCEDURE_HANDLED, null));
        touch(now, actorId);
    }

    // --- agreement and follow-up ---------------------------------------------------------------------

    public AgreementItem addAgreementItem(AgreementItemData data, Instant now, long actorId) {
        requireOpen();
        AgreementItem item = new AgreementItem(this, data);
        agreementItems.add(item);
        touch(now, actorId);
        return item;
    }

    public Optional<AgreementItem> agreementItem(long itemId) {
        return agreementItems.stream().filter(i -> Objects.equals(i.getId(), itemId)).findFirst();
    }

    public void updateAgreementItem(AgreementItem item, AgreementItemData data, Instant now, long actorId) {
        requireOpen();
        item.apply(data);
        touch(now, actorId);
    }

    public void removeAgreementItem(AgreementItem item, Instant now, long actorId) {
        requireOpen();
        agreementItems.remove(item);
        touch(now, actorId);
    }

    public void recordAgreement(@Nullable AgreementForm form, @Nullable LocalDate signedOn, Instant now,
            long actorId) {
        requireOpen();
        agreementForm = form;
        agreementSignedOn = signedOn;
        touch(now, actorId);
    }

    public void recordFollowUp(@Nullable LocalDate date, @Nullable String finding, Instant now, long actorId) {
        requireOpen();
        followUpOn = date;
        followUpFinding = Party.blankToNull(finding);
        touch(now, actorId);
    }

    /** Four weeks after signing, the moment Dutch practice checks whether agreements hold. */
    public @Nullable LocalDate proposedFollowUpDate() {
        return agreementSignedOn == null ? null : agreementSignedOn.plusWeeks(FOLLOW_UP_WEEKS);
    }

    // --- lifecycle -----------------------------------------------------------------------------------

    public CaseFacts facts() {
        return new CaseFacts(status, kind == CaseKind.VERTICAL, leadMediatorId != null, parties.size(),
                parties.stream().anyMatch(Party::isPublicBody), // Party keeps the flag only as PartyData allows
                !parties.isEmpty() && parties.stream().allMatch(Party::hasConsented),
                agreementItems.size(), agreementSignedOn != null, followUpOn != null, closedFrom);
    }

    /**
     * Applies a transition the lifecycle allows, or throws {@link TransitionRefusedException} naming all
     * that is missing, with nothing changed.
     */
    public void transition(TransitionRequest request, boolean actorIsSupervisor, LocalDate today, Instant now,
            long actorId) {
        TransitionRequest asActor = request.withActorIsSupervisor(actorIsSupervisor);
        TransitionCheck check = CaseLifecycle.check(facts(), asActor);
        if (!check.allowed()) {
            List<String> withoutConsent = check.missing().contains(MissingRequirement.ALL_CONSENTS)
                    ? parties.stream().filter(p -> !p.hasConsented()).map(Party::getName).toList()
                    : List.of();
            throw new TransitionRefusedException(check.missing(), withoutConsent);
        }
        CaseStatus from = status;
        CaseStatus to = CaseLifecycle.targetOf(facts(), asActor);
        switch (to) {
            case CLOSED -> {
                closedFrom = from;
                outcome = request.outcome();
                referral = request.outcome() == Outcome.REFERRED ? request.referral() : null;
                closeReason = Party.blankToNull(request.reason());
                closedOn = today;
                reviewState = reviews().start(today);
            }
            case IN_MEDIATION -> {
                // Joint sessions need the intake behind them: the dates shown must agree with the status.
                if (intakeOn == null) {
                    intakeOn = dayEntered(CaseStatus.INTAKE).orElse(today);
                }
            }
            case AGREEMENT -> {
                agreementOn = agreementSignedOn;
                if (firstJointSessionOn == null) {
                    firstJointSessionOn = dayEntered(CaseStatus.IN_MEDIATION).orElse(today);
                }
            }
            default -> {
                // nothing derived
            }
        }
        if (from == CaseStatus.CLOSED) {
            // Reopened: the earlier outcome no longer holds (the history keeps it), and the intake clock
            // starts again, so a case that goes back to waiting for intake is not overdue at once.
            closedFrom = null;
            outcome = null;
            referral = null;
            closeReason = null;
            closedOn = null;
            intakeClockFrom = today;
            reviewState = reviews().endOnReopen(now, actorId);
        }
        status = to;
        history.add(new HistoryEntry(this, now, actorId, from, to, request.reason()));
        touch(now, actorId);
    }

    /** The day (in Amsterdam) the case last entered the status, from its history. */
    private Optional<LocalDate> dayEntered(CaseStatus target) {
        return history.stream().filter(h -> h.getEvent() == null && h.getTo() == target)
                .map(HistoryEntry::getChangedAt).max(Comparator.naturalOrder())
                .map(at -> at.atZone(DisplayFormats.ZONE).toLocalDate());
    }

    /** A closed case is read-only in every section until a supervisor reopens it. */
    private void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(reference);
        }
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    // --- review --------------------------------------------------------------------------------------

    /** Closed, and its latest round awaits a supervisor's verdict. */
    public boolean awaitsReview() {
        return status == CaseStatus.CLOSED && reviewState == ReviewState.AWAITING_REVIEW;
    }

    /** Closed, and returned by a supervisor: its mediators are to answer. */
    public boolean awaitsReviewAnswer() {
        return status == CaseStatus.CLOSED && reviewState == ReviewState.RETURNED;
    }

    /** The supervisor's verdict on the round awaiting one: approved (comment optional) or returned (comment required). */
    public void decideReview(ReviewVerdict verdict, @Nullable String comment, Instant now, long reviewerId) {
        if (!awaitsReview()) {
            throw new IllegalStateException("Case " + reference + " awaits no review");
        }
        reviewState = reviews().decide(verdict, comment, now, reviewerId);
        touch(now, reviewerId);
    }

    /** The mediators answer a returned review; the answer goes back to the supervisors as a new round. */
    public void answerReview(String answer, Instant now, long mediatorId) {
        if (!awaitsReviewAnswer()) {
            throw new IllegalStateException("Case " + reference + " awaits no answer to a review");
        }
        reviewState = reviews().answer(answer, now, mediatorId);
        touch(now, mediatorId);
    }

    public Optional<CaseReview> latestReview() {
        return reviews().latest();
    }

    private ReviewRounds reviews() {
        return new ReviewRounds(this, reviews);
    }

    /** No intake contact yet and more than five working days since registration. */
    public boolean intakeOverdue(LocalDate today) {
        return intakeOn == null && (status == CaseStatus.REGISTERED || status == CaseStatus.INTAKE)
                && today.isAfter(intakeDueDate());
    }

    /** Five working days after registration, or after the last reopening. */
    public LocalDate intakeDueDate() {
        return WorkingDays.after(intakeClockFrom == null ? registeredOn : intakeClockFrom, INTAKE_WORKING_DAYS);
    }

    // --- bookkeeping ---------------------------------------------------------------------------------

    private void touch(Instant now, long actorId) {
        updatedAt = now;
        updatedBy = actorId;
    }

    private void refreshSearchText() {
        String text = Stream.concat(Stream.of(reference, title), parties.stream().map(Party::getName))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" | "))
                .toLowerCase(Locale.ROOT);
        searchText = text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public CaseKind getKind() {
        return kind;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public @Nullable ReferralTarget getReferral() {
        return referral;
    }

    public @Nullable String getCloseReason() {
        return closeReason;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public @Nullable LocalDate getIntakeOn() {
        return intakeOn;
    }

    public @Nullable LocalDate getFirstJointSessionOn() {
        return firstJointSessionOn;
    }

    public @Nullable LocalDate getAgreementOn() {
        return agreementOn;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable Long getLeadMediatorId() {
        return leadMediatorId;
    }

    public @Nullable Long getCoMediatorId() {
        return coMediatorId;
    }

    public @Nullable AgreementForm getAgreementForm() {
        return agreementForm;
    }

    public @Nullable LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public @Nullable LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public @Nullable String getFollowUpFinding() {
        return followUpFinding;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Long getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    public List<Party> getParties() {
        return List.copyOf(parties);
    }

    public List<CaseSession> getSessions() {
        return sessions.stream().sorted(Comparator.comparing(CaseSession::getStartsAt)).toList();
    }

    public List<JournalNote> getNotes() {
        return notes.stream().sorted(Comparator.comparing(JournalNote::getWrittenAt).reversed()).toList();
    }

    public List<AgreementItem> getAgreementItems() {
        return List.copyOf(agreementItems);
    }

    public List<HistoryEntry> getHistory() {
        return history.stream().sorted(Comparator.comparing(HistoryEntry::getChangedAt)).toList();
    }

    /** Every review round, the first first. */
    public List<CaseReview> getReviews() {
        return reviews.stream().sorted(Comparator.comparingInt(CaseReview::getRound)).toList();
    }

    public @Nullable ReviewState getReviewState() {
        return reviewState;
    }
}
