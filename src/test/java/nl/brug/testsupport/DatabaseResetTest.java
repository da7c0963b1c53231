package nl.brug.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.security.Role;

/** The reset every test relies on: it must know every table, and must leave them empty. */
@BrugSpringTest
class DatabaseResetTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void knowsEveryTableOfTheSchema() {
        // A migration that adds a table must add it to DatabaseReset too, or tests start from leftovers.
        var tables = jdbc.queryForList("""
                select lower(table_name) from information_schema.tables
                where lower(table_schema) = 'public' and table_type = 'BASE TABLE'
                  and lower(table_name) <> 'flyway_schema_history'
                """, String.class);

        assertThat(DatabaseReset.TABLES_IN_DELETE_ORDER).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void leavesEveryTableEmpty() {
        database.clear();
        accounts.create("anna", Role.MEDIATOR, Role.SUPERVISOR);
        assertThat(database.rowCount("account_role")).isEqualTo(2);

        database.clear();

        for (String table : DatabaseReset.TABLES_IN_DELETE_ORDER) {
            assertThat(database.rowCount(table)).as(table).isZero();
        }
    }
}
