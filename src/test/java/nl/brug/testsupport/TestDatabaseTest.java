package nl.brug.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The second test run really talks to PostgreSQL, migrated by Flyway including its own migrations. */
@BrugSpringTest
class TestDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRunUsesTheDatabaseItAskedFor() {
        assertThat(TestDatabase.isPostgresql(dataSource)).isEqualTo(TestDatabase.postgresqlRequested());
    }

    @Test
    void everyMigrationRanOnThisDatabase() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).contains("1", "2", "3", "4", "5", "6");
    }
}
