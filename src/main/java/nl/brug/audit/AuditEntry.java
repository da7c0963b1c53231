package nl.brug.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit trail as the audit log shows it. */
public record AuditEntry(long id, Instant at, @Nullable String username, AuditAction action,
        @Nullable String caseReference, @Nullable String detail, @Nullable String address) {
}
