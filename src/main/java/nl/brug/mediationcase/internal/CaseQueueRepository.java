package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Queues of whole cases for work done on each one (the retention list). The supervisors' intake and review
 * queues are rows, not cases: {@link CaseRows}.
 */
public interface CaseQueueRepository extends Repository<MediationCase, Long> {

    /** For the retention list: closed cases not yet anonymised that were closed before the day given. */
    @Query("""
            select c from MediationCase c
            where c.status = nl.brug.mediationcase.CaseStatus.CLOSED and c.retention.anonymisedOn is null
              and c.closing.closedOn < :closedBefore
            order by c.closing.closedOn, c.id""")
    List<MediationCase> findClosedNotAnonymisedBefore(@Param("closedBefore") LocalDate closedBefore);
}
