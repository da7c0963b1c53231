package nl.brug.mediationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.mediationcase.internal.CaseListItems;
import nl.brug.mediationcase.internal.CaseRepository;
import nl.brug.mediationcase.internal.CaseSpecifications;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BenchmarkData;

/**
 * The list's own SQL (decision 035) on more cases than the list counts: it returns the rows the entity query of
 * the same filter and order returns, for every filter and sort; its count stops after the limit; the words found
 * by the free-text filter are the cases whose search text holds the word.
 */
@CaseIntegrationTest
class CaseListAtScaleTest extends CaseTestSupport {

    private static final int CASES = 1_200;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRepository repository;
    @Autowired
    CaseListItems listItems;

    @BeforeEach
    void manyCases() {
        BenchmarkData.Ids ids = BenchmarkData.ensure(jdbc, CASES, 0);
        fixture.signIn(new BrugUser(ids.supervisor(), "bench-supervisor", "Bench Supervisor",
                EnumSet.of(Role.SUPERVISOR), "x", true, true, false, null));
    }

    @Test
    void theCountStopsAfterTheLimitAndThePageNeedsNone() {
        assertThat(search.countUpTo(CaseFilter.all())).isEqualTo(CaseSearchService.COUNT_LIMIT + 1);
        assertThat(search.count(CaseFilter.all())).isEqualTo(CASES);
        CaseFilter intake = CaseFilter.all().withStatuses(Set.of(CaseStatus.INTAKE));
        assertThat(search.countUpTo(intake)).isEqualTo(search.count(intake)).isLessThan(CaseSearchService.COUNT_LIMIT);
    }

    @Test
    void aWordFindsTheCasesWhoseTextHoldsItAsAWord() {
        Long holding = jdbc.queryForObject("select count(*) from mediation_case where search_text like '%jansen%'",
                Long.class);
        assertThat(search.count(CaseFilter.all().withText("Jansen"))).isEqualTo(holding).isPositive();
        assertThat(search.count(CaseFilter.all().withText("jans"))).isEqualTo(holding);
        assertThat(search.count(CaseFilter.all().withText("ansen"))).isZero();
        // The typed words go into the SQL as literals (for the index): quotes and colons stay text.
        assertThat(search.rows(CaseFilter.all().withText("o'brien :x ?"), PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void everyFilterAndSortGivesTheRowsOfTheEntityQuery() {
        List<CaseFilter> filters = List.of(CaseFilter.all(), CaseFilter.all().withText("jansen"),
                CaseFilter.all().withText("zaak 1199"), CaseFilter.all().withText("anna de"),
                CaseFilter.all().withStatuses(Set.of(CaseStatus.INTAKE, CaseStatus.CLOSED)),
                new CaseFilter("", Set.of(CaseStatus.CLOSED), CaseKind.VERTICAL, Theme.NOISE, null, null),
                new CaseFilter("bakker", Set.of(), null, null, java.time.LocalDate.of(2022, 1, 1),
                        java.time.LocalDate.of(2023, 6, 30)));
        List<Sort> sorts = new java.util.ArrayList<>(List.of(Sort.unsorted()));
        for (String column : List.of("reference", "title", "status", "kind", "theme", "registeredOn")) {
            sorts.add(Sort.by(Sort.Order.asc(column)));
            sorts.add(Sort.by(Sort.Order.desc(column)));
        }
        for (CaseFilter filter : filters) {
            for (Sort sort : sorts) {
                // The whole list, cut into pages here: H2 answers some paged entity queries with rows from a later
                // page (an offset with an in-list on an index), so the reference is not paged by the database.
                List<CaseListItem> all = listItems.of(repository.findAll(CaseSpecifications.matching(filter, null),
                        entitySort(sort)));
                for (int page : new int[] {0, 3}) {
                    int from = Math.min(all.size(), page * 20);
                    assertThat(search.rows(filter, PageRequest.of(page, 20, sort))).as(filter + " " + sort + " page " + page)
                            .isEqualTo(all.subList(from, Math.min(all.size(), from + 20)));
                }
            }
        }
    }

    /** The list's order as the entity names its columns, the newest case last to break ties. */
    private static Sort entitySort(Sort sort) {
        if (sort.isUnsorted()) {
            return Sort.by(Sort.Order.desc("registeredOn"), Sort.Order.desc("id"));
        }
        return Sort.by(sort.stream().map(order -> order.withProperty(switch (order.getProperty()) {
            case "title", "kind" -> "subject." + order.getProperty();
            case "theme" -> "subject.theme";
            default -> order.getProperty();
        })).toList()).and(Sort.by(Sort.Order.desc("id")));
    }
}
