package nl.brug.audit.internal;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditEntry;

/** One audit record. {@code @Immutable}, no setters: once written it is never changed. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_username")
    private @Nullable String username;

    /** The username lower-cased, kept by the database (a generated column, V12) for the audit log's filter. */
    @Column(name = "actor_key", insertable = false, updatable = false)
    private @Nullable String usernameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "case_reference")
    private @Nullable String caseReference;

    private @Nullable String detail;

    private @Nullable String address;

    @SuppressWarnings("NullAway.Init")
    protected AuditRecord() {
    }

    public AuditRecord(Instant at, @Nullable Long actorId, @Nullable String username, AuditAction action,
            @Nullable String caseReference, @Nullable String detail, @Nullable String address) {
        this.at = at;
        this.actorId = actorId;
        this.username = username;
        this.action = action;
        this.caseReference = caseReference;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.address = address;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id == null ? 0 : id, at, username, action, caseReference, detail, address);
    }
}
