package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The supervisors' work queues as database queries: cases waiting for mediators, and closed cases
 * waiting for review. Each queue has a fixed order, oldest first, because it is worked through in turn;
 * a pageable's sort is therefore not used.
 */
public interface CaseQueueRepository extends Repository<MediationCase, Long> {

    @Query(value = """
            select c from MediationCase c
            where c.status = nl.brug.mediationcase.CaseStatus.REGISTERED and c.leadMediatorId is null
            order by c.registeredOn, c.id
            """, countQuery = """
            select count(c) from MediationCase c
            where c.status = nl.brug.mediationcase.CaseStatus.REGISTERED and c.leadMediatorId is null
            """)
    Page<MediationCase> findUnassigned(Pageable pageable);

    @Query("""
            select count(c) from MediationCase c
            where c.status = nl.brug.mediationcase.CaseStatus.REGISTERED and c.leadMediatorId is null
            """)
    long countUnassigned();

    @Query("""
            select c from MediationCase c
            where c.status <> nl.brug.mediationcase.CaseStatus.CLOSED
              and (c.leadMediatorId in :accounts or c.coMediatorId in :accounts)
            order by c.registeredOn, c.id
            """)
    List<MediationCase> findOpenWithMediatorAmong(@Param("accounts") Collection<Long> accountIds);

    @Query(value = """
            select c from MediationCase c
            where c.reviewState = nl.brug.mediationcase.internal.ReviewState.AWAITING_REVIEW
              and c.status = nl.brug.mediationcase.CaseStatus.CLOSED
            order by c.closing.closedOn, c.id
            """, countQuery = """
            select count(c) from MediationCase c
            where c.reviewState = nl.brug.mediationcase.internal.ReviewState.AWAITING_REVIEW
              and c.status = nl.brug.mediationcase.CaseStatus.CLOSED
            """)
    Page<MediationCase> findAwaitingReview(Pageable pageable);

    @Query("""
            select count(c) from MediationCase c
            where c.reviewState = nl.brug.mediationcase.internal.ReviewState.AWAITING_REVIEW
              and c.status = nl.brug.mediationcase.CaseStatus.CLOSED
            """)
    long countAwaitingReview();

    @Query("""
            select c from MediationCase c
            where c.reviewState = nl.brug.mediationcase.internal.ReviewState.RETURNED
              and c.status = nl.brug.mediationcase.CaseStatus.CLOSED
              and (c.leadMediatorId = :mediator or c.coMediatorId = :mediator)
            order by c.closing.closedOn, c.id
            """)
    List<MediationCase> findReturnedTo(@Param("mediator") long mediatorId);

    /** For the retention list: closed cases not yet anonymised that were closed before the day given. */
    @Query("""
            select c from MediationCase c
            where c.status = nl.brug.mediationcase.CaseStatus.CLOSED and c.retention.anonymisedOn is null
              and c.closing.closedOn < :closedBefore
            order by c.closing.closedOn, c.id""")
    List<MediationCase> findClosedNotAnonymisedBefore(@Param("closedBefore") LocalDate closedBefore);
}
