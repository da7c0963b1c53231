package nl.brug.mediationcase.retention;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.brug.base.ContactRules;
import nl.brug.conflictofinterest.ConflictMatching;

/**
 * What an anonymised case keeps of its parties so that a person's access request still finds it (decision
 * 034): per party, a keyed one-way fingerprint (HMAC-SHA256) of its name, e-mail address and phone number,
 * each normalised first, so that what a supervisor types later finds it when it is the same value written
 * differently. Only an exact match after normalisation is found; a part of a name, or a typing error, is not.
 * The fingerprints are bytes in the database and leave it in no screen, export or log.
 */
@Component
public class PartyFingerprints {

    /** Which identifying value a fingerprint is of. It is part of what is fingerprinted, too. */
    public enum Kind {
        /** The name, ignoring case, accents, punctuation and extra spaces ("ANNA  de Vriés" is "anna de vries"). */
        NAME,
        /** The e-mail address, trimmed and in lower case. */
        EMAIL,
        /** The phone number's digits, with +31 and 0031 read as 0. */
        PHONE
    }

    private static final String HMAC = "HmacSHA256";

    private final JdbcClient jdbc;
    private final FingerprintKey keys;

    PartyFingerprints(JdbcClient jdbc, FingerprintKey keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * The blanked party records (their ids) of anonymised cases whose value of this kind was, after
     * normalisation, the one given. Empty when no case was anonymised yet, or the value normalises to nothing.
     */
    public List<Long> anonymisedParties(Kind kind, String value) {
        String comparable = comparable(kind, value);
        Optional<byte[]> key = keys.existing();
        if (comparable.isEmpty() || key.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select party_id from anonymised_party_fingerprint where kind = :kind and fingerprint = :print"
                        + " order by party_id")
                .param("kind", kind.name()).param("print", fingerprint(key.get(), kind, comparable))
                .query((rows, number) -> rows.getLong(1)).list();
    }

    /**
     * Keeps the fingerprints of every party of the case, from the values it holds now; the anonymiser calls this
     * in the case's own transaction, before it blanks them.
     */
    void keep(long caseId, byte[] key) {
        List<Print> prints = new ArrayList<>();
        jdbc.sql("select id, name, email, phone from case_party where case_id = :id order by id").param("id", caseId)
                .query(rows -> {
                    long partyId = rows.getLong(1);
                    add(prints, key, partyId, Kind.NAME, rows.getString(2));
                    add(prints, key, partyId, Kind.EMAIL, rows.getString(3));
                    add(prints, key, partyId, Kind.PHONE, rows.getString(4));
                });
        for (Print print : prints) {
            jdbc.sql("insert into anonymised_party_fingerprint (party_id, case_id, kind, fingerprint)"
                            + " values (:party, :case, :kind, :print)")
                    .param("party", print.partyId()).param("case", caseId).param("kind", print.kind().name())
                    .param("print", print.bytes()).update();
        }
    }

    private static void add(List<Print> prints, byte[] key, long partyId, Kind kind, @Nullable String value) {
        String comparable = value == null ? "" : comparable(kind, value);
        if (!comparable.isEmpty()) {
            prints.add(new Print(partyId, kind, fingerprint(key, kind, comparable)));
        }
    }

    private record Print(long partyId, Kind kind, byte[] bytes) {
    }

    /**
     * The value as two of its kind are compared: an e-mail address and a phone number as the search of live
     * cases compares them; a name as the conflict-of-interest check does (a live case's name is found by a part
     * of it instead, which a fingerprint cannot do).
     */
    static String comparable(Kind kind, String value) {
        return switch (kind) {
            case NAME -> ConflictMatching.normalised(value);
            case EMAIL -> ContactRules.comparableEmail(value);
            case PHONE -> ContactRules.comparablePhone(value);
        };
    }

    /** HMAC-SHA256 of "KIND:value": the kind in it, so that one text as a name and as an e-mail address differ. */
    static byte[] fingerprint(byte[] key, Kind kind, String comparable) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal((kind.name() + ":" + comparable).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException absent) {
            // Every Java runtime has HmacSHA256; without it Brug cannot anonymise safely, so it says so.
            throw new IllegalStateException(HMAC + " is not available", absent);
        }
    }
}
