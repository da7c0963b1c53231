package nl.brug.mediationcase.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

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
import nl.brug.base.BrugClock;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.StaleCaseException;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * The record-level rules, in one place: who may see a case (its mediators and every supervisor), who may
 * change it (its mediators), and the check that nobody else saved it in between. {@link #change} is the one
 * way a service method changes a case: load it for the user, check, change, save and audit. The user is
 * passed in: a service method looks it up once.
 */
@Component
public class CaseAccess {

    private final CaseRepository cases;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate separateReadTransaction;
    private final TransactionTemplate separateWriteTransaction;
    private final AuditService audit;
    private final BrugClock clock;

    CaseAccess(CaseRepository cases, AccountService accounts, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, AuditService audit, BrugClock clock) {
        this.cases = cases;
        this.clock = clock;
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

    /** A case the user may see; otherwise the same "not found" as for a case that does not exist. */
    public MediationCase visible(String reference, BrugUser user) {
        MediationCase found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        if (maySeeAllCases(user) || (user.hasRole(Role.MEDIATOR) && found.mediators().includes(user.accountId()))) {
            return found;
        }
        throw new CaseNotFoundException(reference);
    }

    /** {@link #visible}, with a refused attempt recorded in the audit trail as a refused opening. */
    public MediationCase openedBy(String reference, BrugUser user) {
        try {
            return visible(reference, user);
        } catch (CaseNotFoundException notFound) {
            openRefused(reference);
            throw notFound;
        }
    }

    /** A case the user may change: one of its mediators. A supervisor may look but not write. */
    public MediationCase editable(String reference, BrugUser user) {
        MediationCase found = visible(reference, user);
        if (!mayEdit(found, user)) {
            throw new AccessDeniedException("Only the case's mediators change a case");
        }
        return found;
    }

    /** A change by one of the case's mediators: see {@link #change(MediationCase, BrugUser, CaseAuditDetail, Consumer)}. */
    public void change(String reference, BrugUser user, CaseAuditDetail detail, Consumer<CaseEdit> change) {
        change(editable(reference, user), user, detail, change);
    }

    /** The same for a change based on the whole case as the user last saw it (its version). */
    public void change(String reference, long expectedCaseVersion, BrugUser user, CaseAuditDetail detail,
            Consumer<CaseEdit> change) {
        change(editable(reference, user), user, detail, edit -> {
            edit.requireCaseVersion(expectedCaseVersion);
            change.accept(edit);
        });
    }

    /**
     * Runs the change on a case already loaded for the user, then writes it at once (a concurrent save is
     * reported as stale, not lost) and records it in the audit trail, in the same transaction.
     */
    public void change(MediationCase theCase, BrugUser user, CaseAuditDetail detail, Consumer<CaseEdit> change) {
        change.accept(new CaseEdit(theCase, user, clock.now(), clock.today(), clock.localNow(), this));
        saved(theCase, detail);
    }

    public static boolean mayEdit(MediationCase mediationCase, BrugUser user) {
        return user.hasRole(Role.MEDIATOR) && mediationCase.mediators().includes(user.accountId());
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
    public void saved(MediationCase mediationCase, CaseAuditDetail what) {
        try {
            cases.flush();
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw staleFor(mediationCase);
        }
        audit.record(AuditAction.CASE_CHANGED, mediationCase.getReference(), what.code());
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
        LastChange last = separateReadTransaction.execute(status -> jdbc
                .sql("select updated_by, updated_at from mediation_case where id = ?")
                .param(mediationCase.getId())
                .query((rs, row) -> new LastChange(rs.getTimestamp(2).toInstant(),
                        rs.getObject(1) == null ? null : rs.getLong(1)))
                .single());
        Objects.requireNonNull(last);
        return new StaleCaseException(nameOf(last.by()), last.at());
    }

    public String nameOf(@Nullable Long accountId) {
        if (accountId == null) {
            return "";
        }
        return accounts.displayNames(List.of(accountId)).getOrDefault(accountId, "?");
    }
}
