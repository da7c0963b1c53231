package nl.brug.mediationcase.retention;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.brug.base.BrugClock;

/**
 * The secret of the anonymised parties' fingerprints (decision 034): {@code brug.retention.fingerprint-key}
 * (base64 of at least {@value #MIN_BYTES} bytes) when it is set, so that a stolen database or backup alone does
 * not hold it; otherwise {@value #MIN_BYTES} random bytes Brug makes on the first anonymisation and keeps in
 * the one-row table {@code retention_fingerprint_key}. A wrong configured key stops Brug at start-up rather
 * than making fingerprints that a later, corrected key no longer finds.
 *
 * <p>The stored key is read each time it is needed, not kept: it is one row, and a key made by another
 * instance (or removed with a test's data) is then never out of date.
 */
@Component
class FingerprintKey {

    static final int MIN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte @Nullable [] configured;
    private final JdbcClient jdbc;
    private final BrugClock clock;
    private final TransactionTemplate ownTransaction;

    FingerprintKey(RetentionProperties properties, JdbcClient jdbc, BrugClock clock,
            PlatformTransactionManager transactions) {
        this.configured = configured(properties.fingerprintKey());
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The configured key, decoded; none when the setting is empty. Refuses one that is not a usable key. */
    static byte @Nullable [] configured(@Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("brug.retention.fingerprint-key is not base64; make one with"
                    + " 'openssl rand -base64 32'");
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("brug.retention.fingerprint-key holds " + key.length + " bytes, at least "
                    + MIN_BYTES + " are needed; make one with 'openssl rand -base64 32'");
        }
        return key;
    }

    /** The key to search with; empty when none is configured and no case was ever anonymised. */
    Optional<byte[]> existing() {
        byte[] key = configured;
        if (key != null) {
            return Optional.of(key);
        }
        return jdbc.sql("select secret from retention_fingerprint_key where id = 1")
                .query((rows, number) -> rows.getBytes(1)).optional();
    }

    /**
     * The key to make fingerprints with: the configured one, or the stored one, made now if there is none yet
     * (in a transaction of its own, so that a case's rollback does not take the key with it while another
     * case's fingerprints were made with it).
     */
    byte[] forAnonymising() {
        return existing().orElseGet(() -> {
            byte[] made = new byte[MIN_BYTES];
            RANDOM.nextBytes(made);
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql("insert into retention_fingerprint_key"
                                + " (id, secret, created_at) values (1, :secret, :now)")
                        .param("secret", made).param("now", Timestamp.from(clock.now())).update());
            } catch (DuplicateKeyException madeMeanwhile) {
                // Another run made it first: use theirs, so that all fingerprints share one key.
            }
            return existing().orElseThrow();
        });
    }
}
