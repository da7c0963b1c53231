package nl.brug.mediationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * A search of the case list with free text (often a person's name) is in the audit trail: who, when and the text,
 * once per search although the grid asks for several pages and the count.
 */
@BrugSpringTest
class CaseListSearchAuditTest {

    @Autowired
    CaseSearchService search;
    @Autowired
    DatabaseReset database;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyInstallation() {
        database.clear();
    }

    private List<String> searches() {
        return jdbc.queryForList("select actor_username || ': ' || detail from audit_log"
                + " where action = 'CASE_LIST_SEARCHED' order by id", String.class);
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void aFreeTextSearchIsRecordedOnceWithItsText() {
        CaseFilter jansen = CaseFilter.all().withText("  Jan Jansen ");

        search.page(jansen, PageRequest.of(0, 50));
        search.count(jansen);
        search.page(jansen, PageRequest.of(1, 50));
        search.page(jansen, PageRequest.of(2, 50));

        assertThat(searches()).containsExactly("carla: Jan Jansen");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CASE_LIST_SEARCHED'"
                + " and at is not null", Long.class)).isEqualTo(1);

        search.page(CaseFilter.all().withText("Yilmaz"), PageRequest.of(0, 50));
        assertThat(searches()).containsExactly("carla: Jan Jansen", "carla: Yilmaz");
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void aListWithoutFreeTextIsNoSearch() {
        search.page(CaseFilter.all(), PageRequest.of(0, 50));
        search.page(CaseFilter.all().withText("   ").withStatuses(Set.of(CaseStatus.INTAKE)), PageRequest.of(0, 50));

        assertThat(searches()).isEmpty();
    }
}
