package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
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
            // Every word of the text starts one of the case's words (decision 035), as in CaseListQuery.
            for (String word : SearchWords.ofQuery(filter.text())) {
                Subquery<Integer> hasWord = query.subquery(Integer.class);
                Root<MediationCase> sameCase = hasWord.correlate(root);
                Join<CaseSearchIndex, String> words = sameCase.join("search").join("words");
                where.add(cb.exists(hasWord.select(cb.literal(1))
                        .where(cb.like(words, SearchWords.prefixPattern(word), '\\'))));
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

    /**
     * The cases after this one in the list's default order (registered newest first, then the higher id first):
     * the next page of an export continues where the last one ended instead of counting past the rows before it,
     * so every page is as fast as the first and a case registered meanwhile neither repeats nor pushes one out.
     */
    public static Specification<MediationCase> after(LocalDate registeredOn, long id) {
        return (root, query, cb) -> cb.or(cb.lessThan(root.get("registeredOn"), registeredOn),
                cb.and(cb.equal(root.get("registeredOn"), registeredOn), cb.lessThan(root.get("id"), id)));
    }
}
