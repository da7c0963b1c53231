package nl.brug.conflictofinterest.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.brug.conflictofinterest.KnownNeighbourhood;

/** A neighbourhood on a mediator's list. Entries are added and removed, never changed. */
@Entity
@Table(name = "conflict_neighbourhood")
public class NeighbourhoodEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, length = KnownNeighbourhood.NEIGHBOURHOOD_MAX)
    private String neighbourhood;

    @Column(updatable = false, length = KnownNeighbourhood.MUNICIPALITY_MAX)
    private @Nullable String municipality;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected NeighbourhoodEntry() {
    }

    public NeighbourhoodEntry(long accountId, String neighbourhood, @Nullable String municipality, Instant now) {
        this.accountId = accountId;
        this.neighbourhood = neighbourhood.strip();
        this.municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
        this.createdAt = now;
    }

    public KnownNeighbourhood toRecord() {
        return new KnownNeighbourhood(id == null ? 0 : id, neighbourhood, municipality);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public @Nullable String getMunicipality() {
        return municipality;
    }
}
