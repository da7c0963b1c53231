package nl.brug.mediationcase.supervision;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.AccountService;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.internal.CaseRows;

/**
 * The supervisors' intake queue: cases that nobody (or nobody any more) leads, and open cases whose lead
 * or co-mediator can no longer work (the account was deactivated). Assigning is
 * {@link CaseService#assignMediators}; once assigned, a case leaves the queue by itself.
 */
@Service
@PreAuthorize("hasRole('SUPERVISOR')")
public class CaseIntakeQueueService {

    /** The most rows the list of cases needing another mediator holds; see {@link #needingAnotherMediator}. */
    public static final int NEEDING_MEDIATOR_MAX = 200;

    private final CaseRows rows;
    private final AccountService accounts;

    CaseIntakeQueueService(CaseRows rows, AccountService accounts) {
        this.rows = rows;
        this.accounts = accounts;
    }

    /**
     * Open cases without a lead mediator, the longest waiting first: registered ones, and ones whose lead
     * declared a conflict of interest.
     */
    @Transactional(readOnly = true)
    public Page<CaseListItem> unassigned(Pageable pageable) {
        return rows.unassigned(pageable);
    }

    @Transactional(readOnly = true)
    public long unassignedCount() {
        return rows.countUnassigned();
    }

    /**
     * Open cases whose lead or co-mediator account is deactivated, the longest waiting first. Not paged: it holds
     * the open cases of the few people who left, and each one needs handing on; still never more than
     * {@value #NEEDING_MEDIATOR_MAX}, the rest appear as the first ones are handed on.
     */
    @Transactional(readOnly = true)
    public List<CaseListItem> needingAnotherMediator() {
        Set<Long> deactivated = accounts.deactivatedAccountIds();
        if (deactivated.isEmpty()) {
            return List.of();
        }
        return rows.openWithMediatorAmong(deactivated, NEEDING_MEDIATOR_MAX);
    }
}
