package nl.brug.mediationcase.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import nl.brug.account.AccountService;
import nl.brug.base.BrugClock;
import nl.brug.mediationcase.CaseListItem;

/**
 * Turns loaded cases into list rows, with the lead mediators' names fetched in one query for all of them and
 * "intake overdue" judged on the application's today. Every list of cases (search, Mijn werk, the queues)
 * makes its rows here.
 */
@Component
public class CaseListItems {

    private final AccountService accounts;
    private final BrugClock clock;

    CaseListItems(AccountService accounts, BrugClock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The rows by case, in the order given. */
    public Map<MediationCase, CaseListItem> byCase(List<MediationCase> cases) {
        Set<Long> leadIds = cases.stream().map(c -> c.mediators().leadId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = leadIds.isEmpty() ? Map.of() : accounts.displayNames(leadIds);
        var today = clock.today();
        return cases.stream().collect(Collectors.toMap(c -> c, c -> new CaseListItem(c.getReference(),
                c.subject().title(), c.subject().kind(), c.overview().theme(), c.getStatus(), c.getRegisteredOn(),
                c.mediators().leadId() == null ? null : names.get(c.mediators().leadId()), c.closing().outcome(),
                c.intakeOverdue(today)), (a, b) -> a, LinkedHashMap::new));
    }

    /** A page of rows. Every case of the page has its row ({@code Page.map} accepts no null). */
    public Page<CaseListItem> page(Page<MediationCase> cases) {
        Map<MediationCase, CaseListItem> rows = byCase(cases.getContent());
        return cases.map(c -> Objects.requireNonNull(rows.get(c), "a row is made for every case of the page"));
    }

    public List<CaseListItem> of(List<MediationCase> cases) {
        return List.copyOf(byCase(cases).values());
    }
}
