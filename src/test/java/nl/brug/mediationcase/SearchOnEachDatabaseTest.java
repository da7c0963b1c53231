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
     * A search need not read every case (decision 035): the words typed are looked up by their start in the word
     * index, on both databases (PostgreSQL needs a pattern index for a prefix {@code like} under its collation).
     */
    @Test
    void theFreeTextSearchUsesAnIndex() {
        String query = "explain select case_id from case_search_word where word like 'kanaal%' escape '\\'";
        boolean postgresql = TestDatabase.isPostgresql(dataSource);
        String plan = transactions.execute(status -> {
            if (postgresql) {
                // On a handful of rows any planner reads the table; forbidding that shows whether an index
                // can answer this query at all.
                jdbc.execute("set local enable_seqscan = off");
            }
            return String.join("\n", jdbc.queryForList(query, String.class));
        });

        assertThat(plan).containsIgnoringCase("ix_case_search_word");
    }
}
