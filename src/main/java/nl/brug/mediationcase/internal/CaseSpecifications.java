package nl.brug.mediationcase.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;
import nl.brug.mediationcase.CaseFilter;

/** The list's filter as a database query: every criterion runs in SQL, so paging stays fast. */
public final class CaseSpecifications {

    private CaseSpecifications() {
    }

    /**
     * @param assignedTo when not null, only cases where this account is lead or co-mediator
     */
    public static Specification<MediationCase> matching(CaseFilter filter, @Nullable Long assignedTo) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (assignedTo != null) {
                where.add(cb.or(cb.equal(root.get("mediators").get("leadId"), assignedTo),
                        cb.equal(root.get("mediators").get("coId"), assignedTo)));
            }
            if (!filter.text().isEmpty()) {
                String pattern = "%" + escape(filter.text().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.like(root.get("searchText"), pattern, '\\'));
            }
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("subject").get("kind"), filter.kind()));
            }
            if (filter.theme() != null) {
                where.add(cb.equal(root.get("subject").get("theme"), filter.theme()));
            }
            if (filter.registeredFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("registeredOn"), filter.registeredFrom()));
            }
            if (filter.registeredTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("registeredOn"), filter.registeredTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
