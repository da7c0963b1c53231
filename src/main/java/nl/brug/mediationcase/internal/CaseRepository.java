package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.brug.mediationcase.CaseStatus;

public interface CaseRepository extends JpaRepository<MediationCase, Long>, JpaSpecificationExecutor<MediationCase> {

    Optional<MediationCase> findByReference(String reference);

    @Query("""
            select c from MediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator) and c.status in :statuses
            order by c.registeredOn desc
            """)
    List<MediationCase> findAssigned(@Param("mediator") long mediatorId,
            @Param("statuses") Collection<CaseStatus> statuses);

    @Query("""
            select s from CaseSession s join s.mediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and s.status = nl.brug.mediationcase.session.SessionStatus.PLANNED
              and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt
            """)
    List<CaseSession> findPlannedSessions(@Param("mediator") long mediatorId, @Param("from") Instant from,
            @Param("to") Instant to);

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
            select i from AgreementItem i join i.mediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and c.status <> nl.brug.mediationcase.CaseStatus.CLOSED
              and i.status = nl.brug.mediationcase.agreement.ItemStatus.OPEN
              and i.dueOn is not null and i.dueOn <= :until
            order by i.dueOn
            """)
    List<AgreementItem> findDueItems(@Param("mediator") long mediatorId, @Param("until") LocalDate until);

    /** Open cases of every mediator whose procedure deadline is passed or near and not handled, soonest first. */
    @Query("""
            select c from MediationCase c
            where c.status <> nl.brug.mediationcase.CaseStatus.CLOSED
              and c.procedure.deadline is not null and c.procedure.deadline <= :until
              and c.procedure.handledOn is null
            order by c.procedure.deadline, c.id
            """)
    List<MediationCase> findDeadlinesUntil(@Param("until") LocalDate until);

    /** The same for the cases of one mediator. */
    @Query("""
            select c from MediationCase c
            where (c.mediators.leadId = :mediator or c.mediators.coId = :mediator)
              and c.status <> nl.brug.mediationcase.CaseStatus.CLOSED
              and c.procedure.deadline is not null and c.procedure.deadline <= :until
              and c.procedure.handledOn is null
            order by c.procedure.deadline, c.id
            """)
    List<MediationCase> findDeadlinesUntil(@Param("mediator") long mediatorId, @Param("until") LocalDate until);
}
