package nl.brug.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;
import nl.brug.audit.AuditFilter;
import nl.brug.base.DisplayFormats;

/** The audit log's filter as a database query. */
public final class AuditSpecifications {

    private AuditSpecifications() {
    }

    public static Specification<AuditRecord> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.username().isEmpty()) {
                // The lower-cased copy the database keeps (V12): an index can answer it.
                where.add(cb.equal(root.get("usernameKey"), filter.username().toLowerCase(Locale.ROOT)));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (!filter.caseReference().isEmpty()) {
                where.add(cb.equal(root.get("caseReference"), filter.caseReference()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"),
                        filter.from().atStartOfDay(DisplayFormats.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("at"),
                        filter.to().plusDays(1).atStartOfDay(DisplayFormats.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
