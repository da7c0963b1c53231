package nl.brug.mediationcase.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
/** A meeting of a case; stored as instants, entered and shown in Amsterdam time. */
@Entity
@Table(name = "case_session")
public class CaseSession extends CasePart implements VersionedPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", nullable = false)
    private SessionKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private @Nullable String location;

    @Column(nullable = false)
    private boolean online;

    private @Nullable String attendees;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    private @Nullable String summary;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CaseSession() {
    }

    CaseSession(MediationCase mediationCase, SessionData data) {
        super(mediationCase);
        assign(data);
    }

    void apply(SessionData data) {
        assign(data);
    }

    // Private, so the constructor's call cannot be overridden (a Hibernate proxy overrides the rest) and the
    // null check sees every required field set.
    private void assign(SessionData data) {
        kind = data.kind();
        startsAt = data.start().atZone(DisplayFormats.ZONE).toInstant();
        endsAt = data.end().atZone(DisplayFormats.ZONE).toInstant();
        location = Party.blankToNull(data.location());
        online = data.online();
        attendees = Party.blankToNull(data.attendees());
        status = data.status();
        summary = Party.blankToNull(data.summary());
    }

    public SessionData toData() {
        return new SessionData(kind, startsAt.atZone(DisplayFormats.ZONE).toLocalDateTime(),
                endsAt.atZone(DisplayFormats.ZONE).toLocalDateTime(), location, online, attendees, status, summary);
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public boolean isOnline() {
        return online;
    }

    @Override
    public long getVersion() {
        return version;
    }

}
