package nl.brug.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The audit log's filter: user, action, case reference and a period (inclusive days, Amsterdam time). */
public record AuditFilter(String username, @Nullable AuditAction action, String caseReference,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public AuditFilter {
        username = username.strip();
        caseReference = caseReference.strip();
    }

    public static AuditFilter all() {
        return new AuditFilter("", null, "", null, null);
    }
}
