package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import nl.brug.mediationcase.party.PartyData;
import nl.brug.security.BrugUser;
import nl.brug.testsupport.TestDatabase;

/**
 * The case list's free-text search where H2 and PostgreSQL differ (decision 023). Runs on both: on H2 in the
 * first test run, on PostgreSQL in the second.
 */
@CaseIntegrationTest
class SearchOnEachDatabaseTest extends CaseTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    /**
     * Twenty parties with long names fill the search text to its 4,000 characters. PostgreSQL limits a B-tree
     * entry to about 2,700 bytes, so an index that holds the search text would refuse this case there.
     */
    @Test
    void aCaseWithAVeryLongSearchTextIsSavedAndFound() {
        BrugUser anna = fixture.mediator("anna", "Anna de Vries");
        Random random = new Random(7);
        List<PartyData> parties = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Letters without a pattern, as names are: they do not compress below the limit.
            String name = IntStream.range(0, 185).mapToObj(n -> String.valueOf((char) ('a' + random.nextInt(26))))
                    .collect(Collectors.joining());
            parties.add(resident("Bewoner " + i + " " + name));
        }
        parties.add(resident("Zwaantje Zeldzaam"));
        String reference = register(anna, CaseData.horizontal("Lange namen", parties.toArray(PartyData[]::new)));

        fixture.signIn(anna);
        assertThat(search.page(CaseFilter.all().withText("lange namen"), PageRequest.of(0, 10)).getContent())
                .extracting(CaseListItem::reference).containsExactly(reference);
        assertThat(search.count(CaseFilter.all().withText("bewoner 7"))).isEqualTo(1);
    }

    /**
     * A search need not read every case. PostgreSQL: the trigram index answers {@code like '%term%'} (shown on
     * the count, which has no order to walk instead). H2: it walks the date index, which holds the search text.
     */
    @Test
    void theFreeTextSearchUsesAnIndex() {
        String where = " from mediation_case where search_text like '%kanaal%' escape '\\'";
        boolean postgresql = TestDatabase.isPostgresql(dataSource);
        String plan = transactions.execute(status -> {
            if (postgresql) {
                // On a handful of rows any planner reads the table; forbidding that shows whether an index
                // can answer this query at all.
                jdbc.execute("set local enable_seqscan = off");
                return String.join("\n", jdbc.queryForList("explain select count(*)" + where, String.class));
            }
            return String.join("\n", jdbc.queryForList("explain select id" + where
                    + " order by registered_on desc, id desc", String.class));
        });

        assertThat(plan).containsIgnoringCase(postgresql ? "ix_case_search_text" : "ix_case_registered");
    }
}
