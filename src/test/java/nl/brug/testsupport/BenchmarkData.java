package nl.brug.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.audit.AuditAction;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.internal.SearchWords;

/**
 * A realistic data set for benchmarks, made with set-based SQL (insert ... select from a numbers source) so a
 * million cases take minutes: both kinds, every theme and status, a tenth of the cases still open (the most
 * recent tenth, as in practice), two parties, sessions, notes, history and an agreement item per case, audit
 * records (ten per case by default) and the free-text words. Cases are registered over 2,100 days from 2021,
 * newer cases with higher ids. Forty mediators ({@code bench-mediator}, {@code bench-mediator-1} …) lead them in
 * turn, one supervisor ({@code bench-supervisor}) and one administrator ({@code bench-admin}). The case
 * {@link #BIG_CASE} holds 50 parties, 50 sessions and 200 notes. Runs on H2 and PostgreSQL; made once per database:
 * a database that already holds the cases is left as it is.
 */
public final class BenchmarkData {

    /** The case with many parts, for opening a case. */
    public static final String BIG_CASE = "2026-0001";
    public static final int MEDIATORS = 40;

    private static final String[] FIRST_NAMES = {"anna", "bram", "fatma", "mohamed", "sanne", "daan", "emma", "lucas",
            "noor", "sem", "lisa", "finn", "eva", "mila", "jan", "piet"};
    private static final String[] LAST_NAMES = {"jansen", "de vries", "el amrani", "bakker", "yilmaz", "visser", "smit",
            "de boer", "van dijk", "bos", "mulder", "de graaf", "peters", "hendriks", "dekker", "brouwer"};
    private static final String[] SUBJECTS = {"geluid", "hond", "schutting", "parkeren", "jongeren", "tuin", "afval",
            "trap", "muziek", "boom", "rook", "erfgrens"};
    private static final String[] OPEN_STATUSES = {"REGISTERED", "INTAKE", "IN_MEDIATION", "AGREEMENT", "FOLLOW_UP"};
    private static final String[] CLOSED_FROM = {"INTAKE", "IN_MEDIATION", "AGREEMENT", "FOLLOW_UP"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final int DAYS = 2100;
    private static final long CHUNK = 100_000;

    public record Ids(long busyMediator, long supervisor, long admin, long bigCase) {
    }

    private final JdbcTemplate jdbc;
    private final boolean postgresql;

    private BenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgresql = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /** The data set with this many cases and audit records per case; made when the database has fewer cases. */
    public static Ids ensure(JdbcTemplate jdbc, int cases, int auditPerCase) {
        BenchmarkData data = new BenchmarkData(jdbc);
        // The notes of the big case come last but the words: a run that stopped half-way is made again.
        Integer existing = jdbc.queryForObject("select count(*) from mediation_case", Integer.class);
        Integer bigNotes = jdbc.queryForObject("select count(*) from journal_note where case_id = 1", Integer.class);
        if (existing == null || existing != cases || bigNotes == null || bigNotes < 200) {
            // A smaller set of an earlier run: start again (each size keeps its own database, see the benchmarks).
            DatabaseReset.TABLES_IN_DELETE_ORDER.forEach(table -> jdbc.execute("delete from " + table));
            long started = System.nanoTime();
            data.make(cases, auditPerCase);
            System.out.printf(Locale.ROOT, "BENCHMARK data set of %d cases, %d audit records created in %.1f s%n",
                    cases, (long) cases * auditPerCase, (System.nanoTime() - started) / 1e9);
        }
        return data.ids();
    }

    private Ids ids() {
        return new Ids(id("select id from account where username_key = 'bench-mediator'"),
                id("select id from account where username_key = 'bench-supervisor'"),
                id("select id from account where username_key = 'bench-admin'"),
                id("select id from mediation_case where reference = '" + BIG_CASE + "'"));
    }

    private long id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        return id == null ? -1 : id;
    }

    /**
     * Runs an insert ... select over the numbers 1 to {@code total} in chunks of 100,000: H2 fails on a single
     * statement that writes millions of rows (its store closes), and each chunk is its own transaction.
     */
    private void perChunk(long total, java.util.function.Function<String, String> sql) {
        for (long from = 1; from <= total; from += CHUNK) {
            long to = Math.min(total, from + CHUNK - 1);
            jdbc.update(sql.apply((postgresql ? "generate_series" : "system_range") + "(" + from + ", " + to + ") as n(x)"));
        }
    }

    private String numbers(long to) {
        return (postgresql ? "generate_series" : "system_range") + "(1, " + to + ") as n(x)";
    }

    private static String pick(String expression, String[] values) {
        return IntStream.range(0, values.length).mapToObj(i -> " when " + i + " then '" + values[i] + "'")
                .collect(Collectors.joining("", "(case mod(" + expression + ", " + values.length + ")", " end)"));
    }

    private void make(int cases, int auditPerCase) {
        String now = "timestamp with time zone '2026-11-01 12:00:00+01'";
        jdbc.update("insert into account (username, username_key, display_name, email, password_hash, enabled, created_at)"
                + " select 'bench-mediator' || (case when x = 1 then '' else '-' || (x - 1) end),"
                + " 'bench-mediator' || (case when x = 1 then '' else '-' || (x - 1) end),"
                + " 'Bemiddelaar ' || x, 'm' || x || '@example.org', 'x', true, " + now + " from " + numbers(MEDIATORS));
        jdbc.update("insert into account_role (account_id, role) select id, 'MEDIATOR' from account"
                + " where username_key like 'bench-mediator%'");
        for (String[] account : new String[][] {{"bench-supervisor", "SUPERVISOR"}, {"bench-admin", "ADMIN"}}) {
            jdbc.update("insert into account (username, username_key, display_name, email, password_hash, enabled,"
                    + " created_at) values (?, ?, ?, ?, 'x', true, " + now + ")", account[0], account[0], account[0],
                    account[0] + "@example.org");
            jdbc.update("insert into account_role (account_id, role) select id, ? from account where username_key = ?",
                    account[1], account[0]);
        }
        long firstMediator = id("select min(id) from account where username_key like 'bench-mediator%'");

        // x: the case's number; registration follows it, so higher ids are newer, as in practice.
        String registered = "date '" + FIRST_DAY + "' + cast(((x - 1) * " + DAYS + ") / " + cases + " as integer)";
        String open = "x > " + (cases - cases / 10);
        String status = "(case when " + open + " then " + pick("x", OPEN_STATUSES) + " else 'CLOSED' end)";
        String reference = "(case when x = 1 then '" + BIG_CASE + "' else cast(extract(year from " + registered
                + ") as varchar(4)) || '-' || lpad(cast(x as varchar(7)), 7, '0') end)";
        String title = "'Zaak ' || x || ' ' || " + pick("x * 7", SUBJECTS);
        String party1 = pick("x", FIRST_NAMES) + " || ' ' || " + pick("x * 3 + 1", LAST_NAMES);
        String party2 = pick("x * 5 + 3", FIRST_NAMES) + " || ' ' || " + pick("x * 7 + 5", LAST_NAMES);
        String[] themes = java.util.Arrays.stream(Theme.values()).map(Enum::name).toArray(String[]::new);
        String[] outcomes = java.util.Arrays.stream(Outcome.values()).map(Enum::name).toArray(String[]::new);
        String closedOn = registered + " + 30 + cast(mod(x, 90) as integer)";
        perChunk(cases, n -> "insert into mediation_case (id, reference, title, kind, theme, source, urgency, status, closed_from,"
                + " outcome, registered_on, intake_on, first_joint_session_on, closed_on, lead_mediator_id, search_text,"
                + " review_state, created_at, updated_at, version)"
                + " select x, " + reference + ", " + title + ", case when mod(x, 4) = 0 then 'VERTICAL' else 'HORIZONTAL' end, "
                + pick("x * 11", themes) + ", 'PARTY_ITSELF', 'NORMAL', " + status + ", "
                + "case when " + open + " then null else " + pick("x", CLOSED_FROM) + " end, "
                + "case when " + open + " then null else " + pick("x", outcomes) + " end, "
                + registered + ", "
                + "case when " + open + " and mod(x, 5) < 2 then null else " + registered + " + 3 end, "
                + "case when " + open + " and mod(x, 5) < 3 then null else " + registered + " + 14 end, "
                + "case when " + open + " then null else " + closedOn + " end, "
                + firstMediator + " + mod(x * 13, " + MEDIATORS + "), "
                + "lower(" + reference + " || ' | ' || " + title + " || ' | ' || " + party1 + " || ' | ' || " + party2 + "), "
                + "case when x > " + (cases - cases / 8) + " and not (" + open + ") then 'AWAITING_REVIEW' end, "
                + now + ", " + now + ", 0 from " + n);
        restartIdentity("mediation_case", cases + 1L);
        jdbc.update("update mediation_case set lead_mediator_id = ? where id = 1", firstMediator);

        for (int each = 0; each < 2; each++) {
            int p = each;
            perChunk(cases, n -> "insert into case_party (case_id, party_kind, name, public_body, party_role, phone, interpreter_needed,"
                    + " version) select x, 'PERSON', " + (p == 0 ? party1 : party2) + ", false, '"
                    + (p == 0 ? "REQUESTING_PARTY" : "OTHER_PARTY") + "', '06-' || lpad(cast(x as varchar(8)), 8, '0'),"
                    + " false, 0 from " + n);
        }
        String noon = "cast(" + registered + " as timestamp) + interval '12' hour";
        perChunk(cases, n -> "insert into case_session (case_id, session_kind, starts_at, ends_at, online, status, version)"
                + " select x, 'INTAKE', " + noon + " + interval '3' day, " + noon + " + interval '73' hour, false, 'HELD', 0"
                + " from " + n + " where not (" + open + " and mod(x, 5) < 2)");
        perChunk(cases, n -> "insert into case_session (case_id, session_kind, starts_at, ends_at, online, status, version)"
                + " select x, 'JOINT', " + noon + " + interval '14' day, " + noon + " + interval '338' hour, false,"
                + " 'HELD', 0 from " + n + " where not (" + open + " and mod(x, 5) < 3)");
        for (int each = 0; each < 2; each++) {
            int note = each;
            perChunk(cases, n -> "insert into journal_note (case_id, written_at, author_id, text, confidential)"
                    + " select x, " + noon + " + interval '" + (note + 1) + "' day, " + firstMediator
                    + ", 'Gesprek gevoerd met beide partijen over ' || " + pick("x * 7", SUBJECTS) + ", "
                    + (note == 1) + " from " + n);
        }
        perChunk(cases, n -> "insert into case_history (case_id, changed_at, actor_id, from_status, to_status)"
                + " select x, " + noon + ", " + firstMediator + ", null, 'REGISTERED' from " + n);
        perChunk(cases, n -> "insert into case_history (case_id, changed_at, actor_id, from_status, to_status)"
                + " select x, " + noon + " + interval '40' day, " + firstMediator + ", 'FOLLOW_UP', 'CLOSED' from "
                + n + " where not (" + open + ")");
        perChunk(cases, n -> "insert into agreement_item (case_id, description, responsible, due_on, status, version)"
                + " select x, 'Hond aan de lijn in de tuin', 'Beide partijen', " + registered + " + 60, 'OPEN', 0 from "
                + n + " where mod(x, 3) = 0");
        if (auditPerCase > 0) {
            String[] actions = {AuditAction.CASE_OPENED.name(), AuditAction.CASE_CHANGED.name(),
                    AuditAction.CASE_OPENED.name(), AuditAction.LOGIN_SUCCEEDED.name(), AuditAction.CASE_OPENED.name(),
                    AuditAction.CASE_LIST_SEARCHED.name(), AuditAction.EXPORT.name(), AuditAction.LOGOUT.name()};
            String y = "(x - 1) / " + auditPerCase + " + 1";
            perChunk((long) cases * auditPerCase, n -> "insert into audit_log (at, actor_id, actor_username, action, case_reference, detail, address)"
                    + " select cast(date '" + FIRST_DAY + "' + cast((" + y + " - 1) * " + DAYS + " / " + cases
                    + " as integer) as timestamp) + mod(x, 86400) * interval '1' second, " + firstMediator
                    + " + mod(x * 13, " + MEDIATORS + "), 'bench-mediator-' || mod(x * 13, " + MEDIATORS + "), "
                    + pick("x", actions) + ", "
                    + "cast(extract(year from date '" + FIRST_DAY + "' + cast((" + y + " - 1) * " + DAYS + " / " + cases
                    + " as integer)) as varchar(4)) || '-' || lpad(cast(" + y + " as varchar(7)), 7, '0'),"
                    + " 'status', '127.0.0.1' from " + n);
        }
        bigCase(firstMediator, now);
        fillSearchWords();
        // Fresh statistics, as a running database has them: the planner chooses its indexes by them.
        jdbc.execute("analyze");
    }

    /** The case with 50 parties, 50 sessions and 200 notes (on top of what every case has). */
    private void bigCase(long mediator, String now) {
        jdbc.update("insert into case_party (case_id, party_kind, name, public_body, party_role, interpreter_needed, version)"
                + " select 1, 'PERSON', 'Partij ' || x, false, 'STAKEHOLDER', false, 0 from " + numbers(48));
        jdbc.update("insert into case_session (case_id, session_kind, starts_at, ends_at, online, status, version)"
                + " select 1, 'JOINT', timestamp with time zone '2026-03-01 10:00:00+01' + x * interval '1' day,"
                + " timestamp with time zone '2026-03-01 11:00:00+01' + x * interval '1' day, false, 'HELD', 0 from "
                + numbers(48));
        jdbc.update("insert into journal_note (case_id, written_at, author_id, text, confidential)"
                + " select 1, " + now + " - x * interval '1' hour, " + mediator + ", 'Notitie ' || x, mod(x, 2) = 0 from "
                + numbers(198));
    }

    /** The words the application keeps for each case, made by its own code (see {@link SearchWords}). */
    private void fillSearchWords() {
        Boolean table = jdbc.queryForObject("select count(*) > 0 from information_schema.tables"
                + " where lower(table_name) = 'case_search_word'", Boolean.class);
        if (!Boolean.TRUE.equals(table)) {
            return;
        }
        List<Object[]> batch = new ArrayList<>();
        jdbc.query("select id, search_text from mediation_case", row -> {
            long id = row.getLong(1);
            for (String word : SearchWords.of(row.getString(2))) {
                batch.add(new Object[] {id, word});
            }
            if (batch.size() >= 10_000) {
                jdbc.batchUpdate("insert into case_search_word (case_id, word) values (?, ?)", batch);
                batch.clear();
            }
        });
        jdbc.batchUpdate("insert into case_search_word (case_id, word) values (?, ?)", batch);
    }

    private void restartIdentity(String table, long next) {
        jdbc.execute("alter table " + table + " alter column id restart with " + next);
    }
}
