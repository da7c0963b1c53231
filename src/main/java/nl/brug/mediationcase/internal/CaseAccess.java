package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.brug.account.AccountService;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.StaleCaseException;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/**
 * The record-level rules, in one place: who may see a case (its mediators and every supervisor), who may
 * change it (its mediators), and the check that nobody else saved it in between.
 */
@Component
public class CaseAccess {

    private final CaseRepository cases;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate separateReadTransaction;
    private final TransactionTemplate separateWriteTransaction;
    private final AuditService audit;

    CaseAccess(CaseRepository cases, AccountService accounts, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, AuditService audit) {
        this.cases = cases;
        this.audit = audit;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.separateReadTransaction = new TransactionTemplate(transactionManager);
        this.separateReadTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separateReadTransaction.setReadOnly(true);
        this.separateWriteTransaction = new TransactionTemplate(transactionManager);
        this.separateWriteTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public static boolean maySeeAllCases(BrugUser user) {
        return user.hasRole(Role.SUPERVISOR);
    }

    /** A case the current user may see; otherwise the same "not found" as for a case that does not exist. */
    public MediationCase visible(String reference) {
        BrugUser user = CurrentUser.require();
        MediationCase found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        if (maySeeAllCases(user) || (user.hasRole(Role.MEDIATOR) && found.isAssignedTo(user.accountId()))) {
            return found;
        }
        throw new CaseNotFoundException(reference);
    }

    /** A case the current user may change: one of its mediators. A supervisor may look but not write. */
    public MediationCase editable(String reference) {
        MediationCase found = visible(reference);
        if (!mayEdit(found, CurrentUser.require())) {
            throw new AccessDeniedException("Only the case's mediators change a case");
        }
        return found;
    }

    public static boolean mayEdit(MediationCase mediationCase, BrugUser user) {
        return user.hasRole(Role.MEDIATOR) && mediationCase.isAssignedTo(user.accountId());
    }

    /** Refuses a save based on an older version than the one stored. */
    public void requireVersion(MediationCase mediationCase, long expected, long actual) {
        if (expected != actual) {
            throw staleFor(mediationCase);
        }
    }

    /**
     * Writes the change now, inside the transaction, so a concurrent save is reported as stale rather than
     * lost, and records it in the audit trail (in the same transaction: no record of a change that failed).
     */
    public void saved(MediationCase mediationCase, String what) {
        try {
            cases.flush();
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw staleFor(mediationCase);
        }
        audit.record(AuditAction.CASE_CHANGED, mediationCase.getReference(), what);
    }

    public void opened(MediationCase mediationCase) {
        audit.record(AuditAction.CASE_OPENED, mediationCase.getReference(), null);
    }

    /**
     * Records that the current user asked for a case they got "not found" for, the same record whether it
     * does not exist or is someone else's. In a transaction of its own: the refusal rolls the caller's back.
     * A reference too long for its column (a made-up address) goes into the detail instead.
     */
    public void openRefused(String reference) {
        boolean fits = reference.length() <= AuditService.CASE_REFERENCE_MAX;
        separateWriteTransaction.executeWithoutResult(status -> audit.record(AuditAction.CASE_OPEN_REFUSED,
                fits ? reference : null, fits ? null : reference));
    }

    /** Who changed the case last, read in a separate transaction so this one's unsaved state is not seen. */
    public StaleCaseException staleFor(MediationCase mediationCase) {
        record LastChange(@Nullable Long updatedBy, Instant updatedAt) {
        }
        LastChange last = separateReadTransaction.execute(status -> jdbc
                .sql("select updated_by, updated_at from mediation_case where id = ?")
                .param(mediationCase.getId())
                .query((rs, row) -> new LastChange(rs.getObject(1) == null ? null : rs.getLong(1),
                        rs.getTimestamp(2).toInstant()))
                .single());
        Objects.requireNonNull(last);
        return new StaleCaseException(nameOf(last.updatedBy()), last.updatedAt());
    }

    public String nameOf(@Nullable Long accountId) {
        if (accountId == null) {
            return "";
        }
        return accounts.displayNames(List.of(accountId)).getOrDefault(accountId, "?");
    }
}
