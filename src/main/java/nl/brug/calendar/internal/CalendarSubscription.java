package nl.brug.calendar.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mediator's calendar subscription: at most one per account. Holds the SHA-256 hash of the address's token,
 * never the token itself, so a copy of the database (a backup) opens nobody's calendar (decision 032).
 */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription {

    @Id
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "token_hash", nullable = false, length = FeedTokens.HASH_LENGTH)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected CalendarSubscription() {
    }

    public CalendarSubscription(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new address: the old token stops working at once. */
    public void renew(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public long accountId() {
        return accountId == null ? 0 : accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
