package nl.brug.mediationcase.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;

/**
 * How long the nightly run takes for 10,000 due cases (each with two parties, two notes, a session, an
 * agreement item and three history entries), on the test database of the run (in-memory H2; with
 * {@code -Dbrug.test.database=postgresql} a throw-away PostgreSQL). Not part of the build:
 *
 * <pre>./mvnw test -Dtest=AnonymisationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true</pre>
 */
@BrugSpringTest
class AnonymisationBenchmark {

    private static final int CASES = 10_000;

    @Autowired
    CaseAnonymiser anonymiser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseReset database;

    @Test
    void anonymiseTenThousandDueCases() {
        database.clear();
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate closedOn = LocalDate.now().minusYears(3);
        jdbc.update("insert into account (username, username_key, display_name, email, password_hash, enabled,"
                + " created_at) values ('bench', 'bench', 'Bench', 'bench@example.org', 'x', true, ?)", now);
        long mediator = jdbc.queryForObject("select id from account where username_key = 'bench'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            rows.add(new Object[] {String.format("2023-%05d", i), "Zaak " + i, closedOn, closedOn.minusMonths(2),
                    mediator, "zaak " + i, now, now});
        }
        jdbc.batchUpdate("insert into mediation_case (reference, title, kind, theme, source, urgency, status,"
                + " outcome, closed_from, closed_on, registered_on, lead_mediator_id, search_text, created_at, updated_at,"
                + " version) values (?, ?, 'HORIZONTAL', 'NOISE', 'PARTY_ITSELF', 'NORMAL', 'CLOSED', 'WITHDRAWN',"
                + " 'INTAKE', ?, ?, ?, ?, ?, ?, 0)", rows);
        jdbc.update("insert into case_party (case_id, party_kind, name, public_body, party_role, email,"
                + " interpreter_needed) select id, 'PERSON', 'Bewoner ' || reference, false, 'REQUESTING_PARTY',"
                + " 'bewoner@example.org', false from mediation_case");
        jdbc.update("insert into case_party (case_id, party_kind, name, public_body, party_role, interpreter_needed)"
                + " select id, 'PERSON', 'Buur ' || reference, false, 'OTHER_PARTY', false from mediation_case");
        for (int note = 0; note < 2; note++) {
            jdbc.update("insert into journal_note (case_id, written_at, author_id, text, confidential)"
                    + " select id, created_at, lead_mediator_id, 'Notitie over ' || reference, false from mediation_case");
        }
        jdbc.update("insert into case_session (case_id, session_kind, starts_at, ends_at, location, online, status,"
                + " summary) select id, created_at, created_at, 'Buurthuis', false, 'HELD', 'Verslag' from mediation_case"
                .replace("select id, created_at, created_at", "select id, 'INTAKE', created_at, created_at"));
        jdbc.update("insert into agreement_item (case_id, description, responsible, status)"
                + " select id, 'Afspraak', 'Bewoner', 'OPEN' from mediation_case");
        for (String to : List.of("REGISTERED", "INTAKE", "CLOSED")) {
            jdbc.update("insert into case_history (case_id, changed_at, actor_id, to_status, reason)"
                    + " select id, created_at, lead_mediator_id, '" + to + "', 'Reden' from mediation_case");
        }

        long started = System.nanoTime();
        AnonymisationRun run = anonymiser.anonymiseDue();
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(Locale.ROOT, "BENCHMARK anonymised %d cases (%d failed) in %.1f s: %.2f ms a case%n",
                run.anonymised().size(), run.failed().size(), seconds, seconds * 1000 / CASES);
        database.clear();
    }
}
