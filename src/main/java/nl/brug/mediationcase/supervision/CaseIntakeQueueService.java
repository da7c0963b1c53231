package nl.brug.mediationcase.supervision;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.AccountService;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.internal.CaseListItems;
import nl.brug.mediationcase.internal.CaseQueueRepository;

/**
 * The supervisors' intake queue: cases that nobody (or nobody any more) leads, and open cases whose lead
 * or co-mediator can no longer work (the account was deactivated). Assigning is
 * {@link CaseService#assignMediators}; once assigned, a case leaves the queue by itself.
 */
@Service
@PreAuthorize("hasRole('SUPERVISOR')")
public class CaseIntakeQueueService {

    private final CaseQueueRepository queues;
    private final AccountService accounts;
    private final CaseListItems listItems;

    CaseIntakeQueueService(CaseQueueRepository queues, AccountService accounts, CaseListItems listItems) {
        this.queues = queues;
        this.accounts = accounts;
        this.listItems = listItems;
    }

    /**
     * Open cases without a lead mediator, the longest waiting first: registered ones, and ones whose lead
     * declared a conflict of interest.
     */
    @Transactional(readOnly = true)
    public Page<CaseListItem> unassigned(Pageable pageable) {
        return listItems.page(queues.findUnassigned(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    @Transactional(readOnly = true)
    public long unassignedCount() {
        return queues.countUnassigned();
    }

    /**
     * Open cases whose lead or co-mediator account is deactivated. Not paged: it holds the open cases of the
     * few people who left, and each one needs handing on.
     */
    @Transactional(readOnly = true)
    public List<CaseListItem> needingAnotherMediator() {
        Set<Long> deactivated = accounts.deactivatedAccountIds();
        if (deactivated.isEmpty()) {
            return List.of();
        }
        return listItems.of(queues.findOpenWithMediatorAmong(deactivated));
    }
}
