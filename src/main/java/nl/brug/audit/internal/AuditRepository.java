package nl.brug.audit.internal;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Inserts and reads; Brug never deletes audit records. The one update is the anonymisation of a case, which
 * blanks the details that may hold a person's words and keeps who did what, when.
 */
public interface AuditRepository extends JpaRepository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {

    /** SQL, not JPQL: the record is immutable to Hibernate, and this is the one sanctioned change. */
    @Modifying
    @Query(nativeQuery = true, value = "update audit_log set detail = null where case_reference = :reference"
            + " and detail is not null and action not in (:coded)")
    int forgetDetailsOfCase(@Param("reference") String reference, @Param("coded") Collection<String> coded);
}
