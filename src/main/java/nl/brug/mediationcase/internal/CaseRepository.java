package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<MediationCase, Long>, JpaSpecificationExecutor<MediationCase> {

    Optional<MediationCase> findByReference(String reference);

    @Query("""
            select s from CaseSession s join fetch s.mediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and s.status = nl.brug.mediationcase.session.SessionStatus.PLANNED
              and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt, s.id
            """)
    List<CaseSession> findPlannedSessions(@Param("mediator") long mediatorId, @Param("from") Instant from,
            @Param("to") Instant to, Limit limit);

    /** Sessions of every status, for a mediator's calendar feed (a cancelled one tells the phone to remove it). */
    @Query("""
            select s from CaseSession s join fetch s.mediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt, s.id
            """)
    List<CaseSession> findSessions(@Param("mediator") long mediatorId, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("""
            select i from AgreementItem i join fetch i.mediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and c.status <> nl.brug.mediationcase.CaseStatus.CLOSED
              and i.status = nl.brug.mediationcase.agreement.ItemStatus.OPEN
              and i.dueOn is not null and i.dueOn <= :until
            order by i.dueOn, i.id
            """)
    List<AgreementItem> findDueItems(@Param("mediator") long mediatorId, @Param("until") LocalDate until,
            Limit limit);
}
