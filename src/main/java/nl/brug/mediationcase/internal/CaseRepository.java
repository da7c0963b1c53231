package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<MediationCase, Long>, JpaSpecificationExecutor<MediationCase> {

    Optional<MediationCase> findByReference(String reference);

    /** Sessions of every status, for a mediator's calendar feed (a cancelled one tells the phone to remove it). */
    @Query("""
            select s from CaseSession s join fetch s.mediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt, s.id
            """)
    List<CaseSession> findSessions(@Param("mediator") long mediatorId, @Param("from") Instant from,
            @Param("to") Instant to);
}
