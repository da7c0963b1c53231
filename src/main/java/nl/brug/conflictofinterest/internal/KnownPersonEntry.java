package nl.brug.conflictofinterest.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.brug.conflictofinterest.KnownPerson;

/** A person on a mediator's list. Entries are added and removed, never changed. */
@Entity
@Table(name = "conflict_known_person")
public class KnownPersonEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, length = KnownPerson.NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected KnownPersonEntry() {
    }

    public KnownPersonEntry(long accountId, String name, Instant now) {
        this.accountId = accountId;
        this.name = name.strip();
        this.createdAt = now;
    }

    public KnownPerson toRecord() {
        return new KnownPerson(id == null ? 0 : id, name);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }
}
