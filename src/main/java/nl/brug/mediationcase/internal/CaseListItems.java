package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.brug.account.AccountService;
import nl.brug.mediationcase.CaseListItem;

/** Turns loaded cases into list rows, with the lead mediators' names fetched in one query for all of them. */
public final class CaseListItems {

    private CaseListItems() {
    }

    /** The rows by case, in the order given. */
    public static Map<MediationCase, CaseListItem> byCase(List<MediationCase> cases, AccountService accounts,
            LocalDate today) {
        Set<Long> leadIds = cases.stream().map(MediationCase::getLeadMediatorId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = leadIds.isEmpty() ? Map.of() : accounts.displayNames(leadIds);
        return cases.stream().collect(Collectors.toMap(c -> c, c -> new CaseListItem(c.getReference(), c.subject().title(),
                c.subject().kind(), c.overview().theme(), c.getStatus(), c.getRegisteredOn(),
                c.getLeadMediatorId() == null ? null : names.get(c.getLeadMediatorId()), c.closing().outcome(),
                c.intakeOverdue(today)), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The row of each case, for {@code Page.map}, whose rows may not be null: {@code Map::get} would promise no
     * such thing. Every case of the list has its row.
     */
    public static Function<MediationCase, CaseListItem> rowOf(List<MediationCase> cases, AccountService accounts,
            LocalDate today) {
        Map<MediationCase, CaseListItem> rows = byCase(cases, accounts, today);
        return c -> Objects.requireNonNull(rows.get(c), "a row is made for every case of the list");
    }

    public static List<CaseListItem> of(List<MediationCase> cases, AccountService accounts, LocalDate today) {
        return List.copyOf(byCase(cases, accounts, today).values());
    }
}
