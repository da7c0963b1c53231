package nl.brug.mediationcase.internal;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.brug.mediationcase.CaseEvent;
import nl.brug.mediationcase.CaseStatus;

/**
 * One change of status, or one event that changes no status (then {@code event} says what happened and
 * from and to are both the status of the moment). {@code @Immutable} and no setters: the history cannot be
 * edited.
 */
@Entity
@Immutable
@Table(name = "case_history")
public class HistoryEntry extends CasePart {

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable CaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private CaseStatus to;

    private @Nullable String reason;

    @Enumerated(EnumType.STRING)
    private @Nullable CaseEvent event;

    /** The journal note an event concerns. */
    @Column(name = "note_id")
    private @Nullable Long noteId;

    @SuppressWarnings("NullAway.Init")
    protected HistoryEntry() {
    }

    HistoryEntry(MediationCase mediationCase, Instant changedAt, long actorId, @Nullable CaseStatus from,
            CaseStatus to, @Nullable String reason) {
        super(mediationCase);
        this.changedAt = changedAt;
        this.actorId = actorId;
        this.from = from;
        this.to = to;
        this.reason = Party.blankToNull(reason);
    }

    static HistoryEntry event(MediationCase mediationCase, Instant at, long actorId, CaseStatus status,
            CaseEvent event, @Nullable Long noteId, @Nullable String reason) {
        HistoryEntry entry = new HistoryEntry(mediationCase, at, actorId, status, status, reason);
        entry.event = event;
        entry.noteId = noteId;
        return entry;
    }

    public @Nullable CaseEvent getEvent() {
        return event;
    }

    public @Nullable Long getNoteId() {
        return noteId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getActorId() {
        return actorId;
    }

    public @Nullable CaseStatus getFrom() {
        return from;
    }

    public CaseStatus getTo() {
        return to;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
