package nl.brug.testsupport;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.mediationcase.MutableClock;

/**
 * Empties the database between tests, so each test starts from a known state (usually: a fresh
 * installation with no account). The schema stays; Flyway's history table is never touched.
 */
public class DatabaseReset {

    /**
     * Every table with application data, children before parents so that no foreign key is violated.
     * A feature that adds a table adds it here, above the tables it references.
     */
    public static final List<String> TABLES_IN_DELETE_ORDER = List.of(
            "audit_log",
            "anonymised_party_fingerprint",
            "retention_fingerprint_key",
            "case_review",
            "case_history",
            "journal_note",
            "agreement_item",
            "case_session",
            "case_party",
            "case_search_word",
            "mediation_case",
            "case_reference_counter",
            "conflict_neighbourhood",
            "conflict_known_person",
            "calendar_subscription",
            "account_role",
            "account_recovery_code",
            "account",
            "scheduled_work_lock");

    private final JdbcTemplate jdbc;
    private final MutableClock clock;

    public DatabaseReset(JdbcTemplate jdbc, MutableClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Deletes all rows of all application tables, and lets the clock follow the real time again. */
    public void clear() {
        clock.useSystemTime();
        for (String table : TABLES_IN_DELETE_ORDER) {
            jdbc.update("delete from " + table);
        }
    }

    /** The number of rows in one table, for asserting that nothing (or something) was saved. */
    public long rowCount(String table) {
        if (!TABLES_IN_DELETE_ORDER.contains(table)) {
            throw new IllegalArgumentException("Unknown table " + table + ": add it to TABLES_IN_DELETE_ORDER");
        }
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }
}
