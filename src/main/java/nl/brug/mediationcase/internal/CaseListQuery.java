package nl.brug.mediationcase.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.brug.base.BrugClock;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;

/**
 * The case list in SQL (decision 035): one query reads the list's columns and the lead mediator's name, nothing
 * else, so a page costs what its 50 rows cost at any number of cases. Every column the list sorts by has an index
 * in the list's order (the column, then the newest case first). The free-text filter looks words up by their start
 * in {@code case_search_word}: a rare word finds its cases there, which are then sorted; a common one (in more
 * than {@link #FEW_CASES} cases) is checked case by case while the list is read in its order, which stops after
 * one page. The same filter as {@link CaseSpecifications}, which the export uses.
 */
@Component
public class CaseListQuery {

    /**
     * A word in at most this many cases finds them through the word index; above it, walking the list in its order
     * and checking each case finds a page sooner (one case in {@code cases / FEW_CASES} matches).
     */
    static final int FEW_CASES = 2000;

    private static final Map<String, String> SORT_COLUMNS = Map.of("reference", "c.reference", "title", "c.title",
            "status", "c.status", "kind", "c.kind", "theme", "c.theme", "registeredOn", "c.registered_on");
    private static final String COLUMNS = "select c.reference, c.title, c.kind, c.theme, c.status, c.registered_on,"
            + " a.display_name, c.outcome, c.intake_on, c.intake_clock_from from mediation_case c"
            + " left join account a on a.id = c.lead_mediator_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final BrugClock clock;

    CaseListQuery(NamedParameterJdbcTemplate jdbc, BrugClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One page of rows, sorted by the given list columns (then the newest case first) or, unsorted, newest first.
     *
     * @param assignedTo when not null, only cases where this account is lead or co-mediator
     */
    public List<CaseListItem> rows(CaseFilter filter, @Nullable Long assignedTo, Sort sort, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Optional<String> where = where(filter, assignedTo, params);
        if (where.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        // Offset and size as numbers, not parameters: H2 plans a known limit as a short walk of the sort's index.
        return jdbc.query(COLUMNS + where.get() + orderBy(sort) + " offset " + offset + " rows fetch next " + limit
                + " rows only", params, (row, number) -> item(row, today));
    }

    /** The number of matching cases, counted up to {@code limit + 1}: beyond the limit the list says "more than". */
    public long countUpTo(CaseFilter filter, @Nullable Long assignedTo, int limit) {
        Map<String, Object> params = new HashMap<>();
        Optional<String> where = where(filter, assignedTo, params);
        if (where.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from (select 1 from mediation_case c" + where.get()
                + " fetch first " + (limit + 1) + " rows only) t", params, Long.class);
        return count == null ? 0 : count;
    }

    /** The exact number of matching cases; reads every match. */
    public long count(CaseFilter filter, @Nullable Long assignedTo) {
        Map<String, Object> params = new HashMap<>();
        Optional<String> where = where(filter, assignedTo, params);
        if (where.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from mediation_case c" + where.get(), params, Long.class);
        return count == null ? 0 : count;
    }

    /** The where clause, or empty when a word of the text is in no case at all (then nothing matches). */
    private Optional<String> where(CaseFilter filter, @Nullable Long assignedTo, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (assignedTo != null) {
            conditions.add("(c.lead_mediator_id = :me or c.co_mediator_id = :me)");
            params.put("me", assignedTo);
        }
        if (!filter.text().isEmpty() && !words(filter.text(), conditions)) {
            return Optional.empty();
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("c.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (filter.kind() != null) {
            conditions.add("c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.theme() != null) {
            conditions.add("c.theme = :theme");
            params.put("theme", filter.theme().name());
        }
        if (filter.registeredFrom() != null) {
            conditions.add("c.registered_on >= :from");
            params.put("from", filter.registeredFrom());
        }
        if (filter.registeredTo() != null) {
            conditions.add("c.registered_on <= :to");
            params.put("to", filter.registeredTo());
        }
        return Optional.of(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    }

    /**
     * Every word of the text must start one of the case's words. The rarest word leads when it is in few cases;
     * returns false when a word is in no case.
     */
    private boolean words(String text, List<String> conditions) {
        List<String> patterns = SearchWords.ofQuery(text).stream().map(CaseListQuery::prefixLiteral).toList();
        int rarest = -1;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < patterns.size(); i++) {
            Long found = jdbc.getJdbcTemplate().queryForObject("select count(*) from (select 1 from case_search_word"
                    + " where word like " + patterns.get(i) + " escape '\\' fetch first " + (FEW_CASES + 1)
                    + " rows only) t", Long.class);
            long count = found == null ? 0 : found;
            if (count == 0) {
                return false;
            }
            if (count < fewest) {
                fewest = count;
                rarest = i;
            }
        }
        for (int i = 0; i < patterns.size(); i++) {
            conditions.add(i == rarest && fewest <= FEW_CASES
                    ? "c.id in (select w.case_id from case_search_word w where w.word like " + patterns.get(i)
                            + " escape '\\')"
                    : "exists (select 1 from case_search_word w where w.case_id = c.id and w.word like "
                            + patterns.get(i) + " escape '\\')");
        }
        return true;
    }

    /**
     * A word's prefix pattern as an SQL string literal. A literal, not a parameter: only a pattern known when the
     * query is planned becomes a range of the word index (H2; PostgreSQL's generic plans alike). Quotes are
     * doubled, the one character a standard SQL string literal needs escaped (PostgreSQL's
     * standard_conforming_strings, on by default, keeps backslashes as they are).
     */
    static String prefixLiteral(String word) {
        return "'" + SearchWords.prefixPattern(word).replace("'", "''") + "'";
    }

    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return " order by c.registered_on desc, c.id desc";
        }
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("The case list does not sort by " + order.getProperty());
            }
            orders.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        return " order by " + String.join(", ", orders) + ", c.id desc";
    }

    private static CaseListItem item(ResultSet row, LocalDate today) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(row.getString(5));
        LocalDate registeredOn = row.getObject(6, LocalDate.class);
        String outcome = row.getString(8);
        Milestones intake = new Milestones(row.getObject(9, LocalDate.class), null, null,
                row.getObject(10, LocalDate.class));
        return new CaseListItem(row.getString(1), row.getString(2), CaseKind.valueOf(row.getString(3)),
                Theme.valueOf(row.getString(4)), status, registeredOn, row.getString(7),
                outcome == null ? null : Outcome.valueOf(outcome), intake.intakeOverdue(status, registeredOn, today));
    }
}
