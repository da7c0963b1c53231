package nl.brug.mediationcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.mediationcase.supervision.CaseIntakeQueueService;
import nl.brug.mediationcase.supervision.CaseReviewService;
import nl.brug.reporting.OutcomeReportService;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * Mijn werk (a mediator's and a supervisor's), the intake and review queues and the outcomes report over five
 * years, at {@code -Dbench.cases} cases (default 100,000) in a file-based H2 database (kept in the system temp
 * folder per size, so a second run reuses it). Each call is printed beside a bare JDBC query of the same rows or
 * figures, with the ratio, in lines starting with {@code BENCHMARK}. Not part of the build (Surefire excludes
 * *Benchmark); run it with
 *
 * <pre>./mvnw -B test -Dtest=WorkListsBenchmark -Dbench.cases=1000000 -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true</pre>
 *
 * and on PostgreSQL with {@code -Dtest=WorkListsPostgresqlBenchmark}. Targets (issue 14): the work lists under
 * 50 ms, the report under 300 ms.
 *
 * <p>The data set (made set-based in SQL, seconds per 100,000 cases): cases registered evenly over ten years up
 * to today, both kinds (a quarter vertical, with a formal procedure), every status; the last year's cases are open
 * (a tenth), the rest closed with an outcome; a mediator per thousand cases (at least 40), leading in turn, a co-mediator on a fifth; new
 * requests unassigned; a few open cases stuck before their intake; closings of the last 45 days awaiting review;
 * sessions and agreement items on the open cases; procedure deadlines handled soon after they pass, but for one
 * vertical case in fifty; two supervisors.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:${java.io.tmpdir}/brug-worklists-${bench.cases:100000}/brug;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.clean-disabled=false"})
class WorkListsBenchmark {

    static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final int RUNS = 30;
    /**
     * Mediators grow with the cases (one per thousand, at least 40), so each has about a hundred open cases at any
     * size, as a volunteer pool that grows with the work would: a mediator's page should not grow with the country.
     */
    private static final int MEDIATORS = Math.max(40, CASES / 1000);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseSearchService search;
    @Autowired
    CaseIntakeQueueService intakeQueue;
    @Autowired
    CaseReviewService reviews;
    @Autowired
    OutcomeReportService reports;

    /** The day the data set is built around: the application's today. */
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    @Test
    void measure() throws Exception {
        ensureData();
        System.out.printf(Locale.ROOT, "BENCHMARK %s, %d cases, %d mediators, load average before: %s%n", database(),
                CASES, MEDIATORS, loadAverage());
        if (!postgresql()) {
            // H2 would otherwise hand a repeated query its previous result, and the bare queries would measure nothing.
            jdbc.execute("set optimize_reuse_results false");
        }
        System.out.printf(Locale.ROOT, "BENCHMARK open %d, overdue intakes %d, unassigned %d, awaiting review %d%n",
                jdbc.queryForObject("select count(*) from mediation_case where status <> 'CLOSED'", Long.class),
                jdbc.queryForObject("select count(*) from mediation_case where status in ('REGISTERED', 'INTAKE')"
                        + " and intake_on is null and registered_on < date '"
                        + nl.brug.mediationcase.internal.Milestones.intakeOverdueBefore(today) + "'", Long.class),
                jdbc.queryForObject("select count(*) from mediation_case where status <> 'CLOSED'"
                        + " and lead_mediator_id is null", Long.class),
                jdbc.queryForObject("select count(*) from mediation_case where review_state = 'AWAITING_REVIEW'",
                        Long.class));
        long mediator = accountId("bench-mediator");
        long supervisor = accountId("bench-supervisor");

        signIn(mediator, "bench-mediator", Role.MEDIATOR);
        // The bare queries are the plain SQL a careful hand would write for the same rows: a mediator's cases as
        // two index lookups (lead, co-mediator), open statuses as a list the indexes can use.
        String open = "('REGISTERED', 'INTAKE', 'IN_MEDIATION', 'AGREEMENT', 'FOLLOW_UP')";
        String mine = "id in (select id from mediation_case where lead_mediator_id = " + mediator + " and status in "
                + open + " union select id from mediation_case where co_mediator_id = " + mediator + " and status in "
                + open + ")";
        String until = plusDays("current_date", "21");
        compare("Mijn werk, mediator", () -> search.myWork(), () -> {
            bare("select reference, title, status, registered_on from mediation_case where " + mine
                    + " order by registered_on desc, id desc limit 50");
            bare("select count(*) from mediation_case where " + mine);
            bare("select s.starts_at, c.reference from case_session s join mediation_case c on c.id = s.case_id"
                    + " where s.case_id in (select id from mediation_case where lead_mediator_id = " + mediator
                    + " union select id from mediation_case where co_mediator_id = " + mediator + ")"
                    + " and s.status = 'PLANNED' and s.starts_at >= current_timestamp"
                    + " and s.starts_at < current_timestamp + interval '15' day order by s.starts_at limit 50");
            bare("select i.due_on, c.reference from agreement_item i join mediation_case c on c.id = i.case_id"
                    + " where i.case_id in (select id from mediation_case where " + mine + ")"
                    + " and i.status = 'OPEN' and i.due_on <= current_date + interval '7' day"
                    + " order by i.due_on limit 50");
            bare("select reference, follow_up_on from mediation_case where " + mine + " and follow_up_on <= "
                    + until + " and follow_up_finding is null order by follow_up_on, id limit 50");
            bare("select reference, procedure_deadline from mediation_case where " + mine
                    + " and procedure_deadline between date '1900-01-01' and " + until + " and procedure_handled_on is null"
                    + " order by procedure_deadline, id limit 50");
            return null;
        });
        compare("Mijn werk, mediator: returned reviews", () -> reviews.returnedToMe(), () -> bare(
                "select reference from mediation_case where review_state = 'RETURNED' and (lead_mediator_id = "
                        + mediator + " or co_mediator_id = " + mediator + ") order by closed_on, id limit 50"));

        signIn(supervisor, "bench-supervisor", Role.SUPERVISOR);
        String cutoff = "date '" + nl.brug.mediationcase.internal.Milestones.intakeOverdueBefore(today) + "'";
        String overdue = " from mediation_case where status in ('REGISTERED', 'INTAKE') and intake_on is null"
                + " and coalesce(intake_clock_from, registered_on) < " + cutoff;
        compare("Mijn werk, supervisor", () -> search.myWork(), () -> {
            bare("select reference, title, status, registered_on" + overdue + " order by registered_on desc, id desc"
                    + " limit 50");
            bare("select count(*)" + overdue);
            bare("select reference, procedure_deadline from mediation_case where status in " + open
                    + " and procedure_deadline between date '1900-01-01' and " + until + " and procedure_handled_on is null"
                    + " order by procedure_deadline, id limit 50");
            return null;
        });
        compare("intake queue, first page of 50 + count", () -> {
            intakeQueue.unassigned(PageRequest.of(0, 50));
            return intakeQueue.unassignedCount();
        }, () -> {
            bare("select reference, title, registered_on from mediation_case where status in " + open
                    + " and lead_mediator_id is null order by registered_on, id limit 50");
            return bare("select count(*) from mediation_case where status in " + open + " and lead_mediator_id is null");
        });
        long left = accountId("bench-mediator-1");
        compare("intake queue, cases needing another mediator", () -> intakeQueue.needingAnotherMediator(),
                () -> bare("select reference, title, registered_on from mediation_case where id in (select id from"
                        + " mediation_case where lead_mediator_id = " + left + " and status in " + open + " union"
                        + " select id from mediation_case where co_mediator_id = " + left + " and status in " + open
                        + ") order by registered_on, id limit 200"));
        compare("review queue, first page of 50 + count", () -> {
            reviews.reviewQueue(PageRequest.of(0, 50));
            return reviews.reviewQueueCount();
        }, () -> {
            bare("select reference, title, closed_on from mediation_case where review_state = 'AWAITING_REVIEW'"
                    + " order by closed_on, id limit 50");
            return bare("select count(*) from mediation_case where review_state = 'AWAITING_REVIEW'");
        });
        compare("review queue, page 5 of 50", () -> reviews.reviewQueue(PageRequest.of(5, 50)), () -> bare(
                "select reference, title, closed_on from mediation_case where review_state = 'AWAITING_REVIEW'"
                        + " order by closed_on, id limit 50 offset 250"));

        LocalDate from = today.minusYears(5);
        String period = " from mediation_case where registered_on between date '" + from + "' and date '" + today + "'";
        compare("outcomes report, five years", () -> reports.report(from, today), () -> {
            bare("select status, kind, theme, outcome, count(*)" + period + " group by status, kind, theme, outcome");
            return bare("select count(*), percentile_cont(0.5) within group (order by extract(day from"
                    + " (cast(agreement_on as timestamp) - cast(registered_on as timestamp))))" + period
                    + " and agreement_on is not null");
        });
        LocalDate yearStart = today.withDayOfYear(1);
        compare("outcomes report, this year", () -> reports.report(yearStart, today), () -> bare(
                "select status, kind, theme, outcome, count(*) from mediation_case where registered_on between date '"
                        + yearStart + "' and date '" + today + "' group by status, kind, theme, outcome"));
        SecurityContextHolder.clearContext();
    }

    /** Reads every row of a plain query, as the cheapest code that gets the same rows would. */
    private Object bare(String sql) {
        return jdbc.query(sql, rs -> {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        });
    }

    private void compare(String what, Supplier<?> call, Supplier<?> bareCall) {
        double service = median(call);
        double plain = median(bareCall);
        System.out.printf(Locale.ROOT, "BENCHMARK %-45s %8.2f ms   bare JDBC %8.2f ms   ratio %5.1f%n", what,
                service, plain, service / plain);
    }

    private static double median(Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[RUNS / 2] / 1e6;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }

    private boolean postgresql() {
        return database().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from account where username_key = ?", Long.class, username);
    }

    private static void signIn(long id, String username, Role role) {
        BrugUser user = new BrugUser(id, username, username, EnumSet.of(role), "x", true, true, false, null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    // --- the data set --------------------------------------------------------------------------------

    /** Builds the data set unless the database already holds it (same size, built today). */
    private void ensureData() {
        Integer existing = jdbc.queryForObject("select count(*) from mediation_case", Integer.class);
        Integer built = jdbc.queryForObject("select count(*) from account where username_key = ?", Integer.class,
                "bench-built-" + today);
        if (existing != null && existing == CASES && built != null && built == 1) {
            return;
        }
        long started = System.nanoTime();
        nl.brug.testsupport.DatabaseReset.TABLES_IN_DELETE_ORDER.forEach(table -> jdbc.update("delete from " + table));
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < MEDIATORS; i++) {
            insertAccount(i == 0 ? "bench-mediator" : "bench-mediator-" + i, "MEDIATOR", now, true);
        }
        insertAccount("bench-supervisor", "SUPERVISOR", now, true);
        insertAccount("bench-supervisor-2", "SUPERVISOR", now, true);
        insertAccount("bench-built-" + today, "MEDIATOR", now, false);
        long firstMediator = accountId("bench-mediator");
        insertCases(firstMediator, now);
        // One mediator has left: their open cases need another mediator.
        jdbc.update("update account set enabled = false where username_key = 'bench-mediator-1'");
        insertSessionsAndItems(now);
        jdbc.execute(postgresql() ? "vacuum analyze" : "analyze");
        System.out.printf(Locale.ROOT, "BENCHMARK data set of %d cases created in %.1f s%n", CASES,
                (System.nanoTime() - started) / 1e9);
    }

    private void insertAccount(String username, String role, Timestamp now, boolean enabled) {
        jdbc.update("insert into account (username, username_key, display_name, email, password_hash, enabled,"
                + " created_at) values (?, ?, ?, ?, 'x', ?, ?)", username, username, username,
                username + "@example.org", enabled, now);
        jdbc.update("insert into account_role (account_id, role) values (?, ?)", accountId(username), role);
    }

    /**
     * Set-based: x runs 1..N, d is the case's age in days (x = N registered today), b a spread-out bucket
     * (0..99) that picks status, outcome and the rest.
     */
    private void insertCases(long firstMediator, Timestamp now) {
        // In statements of 100,000 cases: one transaction of a million rows makes H2 keep them all in its log.
        for (int first = 1; first <= CASES; first += 100_000) {
            insertCases(first, Math.min(CASES, first + 99_999), firstMediator, now);
        }
    }

    private void insertCases(int from, int to, long firstMediator, Timestamp now) {
        String themes = cases(Arrays.stream(Theme.values()).map(Enum::name).toList(), "mod(x * 7, "
                + Theme.values().length + ")");
        String numbers = postgresql() ? "(select cast(g as bigint) as x from generate_series(" + from + ", " + to
                + ") g)" : "(select cast(x as bigint) as x from system_range(" + from + ", " + to + ") r(x))";
        String aged = "(select x, cast((" + CASES + " - x) * 3650 / " + CASES + " as integer) as d, mod(x * 37, 100) as b"
                + " from " + numbers + " n)";
        // Open: the last year's cases; before the intake in the first weeks; a few stuck before their intake.
        String status = "case when d >= 365 or (d >= 60 and b >= 90) then 'CLOSED' when d < 7 then 'REGISTERED'"
                + " when d < 21 then 'INTAKE' when b < 1 then 'REGISTERED' when b < 3 then 'INTAKE'"
                + " when b < 40 then 'IN_MEDIATION' when b < 60 then 'AGREEMENT' else 'FOLLOW_UP' end";
        String staged = "(select x, d, b, " + status + " as status from " + aged + " a)";
        String registered = plusDays("date '" + today + "'", "-d");
        String outcome = "case when status <> 'CLOSED' then null when b < 35 then 'FULL_AGREEMENT'"
                + " when b < 50 then 'PARTIAL_AGREEMENT' when b < 65 then 'NO_AGREEMENT' when b < 80 then 'WITHDRAWN'"
                + " when b < 90 then 'REFERRED' else 'NOT_SUITABLE' end";
        // Closed 60 to 180 days after registration, but not after today: the last weeks' closings await review.
        String closedOn = plusDays(registered, "least(60 + mod(x, 120), d)");
        String agreed = "(status in ('AGREEMENT', 'FOLLOW_UP') or (status = 'CLOSED' and b < 50))";
        String lead = "case when status = 'REGISTERED' and d < 7 and b < 60 then null"
                + " when status = 'CLOSED' and b >= 97 then null else " + firstMediator + " + mod(x, " + MEDIATORS + ") end";
        String sql = "insert into mediation_case (reference, title, kind, theme, source, urgency, status, closed_from,"
                + " outcome, registered_on, intake_on, agreement_on, closed_on, lead_mediator_id, co_mediator_id,"
                + " follow_up_on, procedure_kind, procedure_deadline, procedure_handled_on, search_text, review_state,"
                + " created_at, updated_at, version)"
                + " select 'B' || cast(x as varchar(11)), 'Zaak ' || cast(x as varchar(11)),"
                + " case when mod(x, 4) = 0 then 'VERTICAL' else 'HORIZONTAL' end, " + themes + ","
                + " 'PARTY_ITSELF', 'NORMAL', status,"
                + " case when status = 'CLOSED' then 'IN_MEDIATION' else null end, " + outcome + ", " + registered + ","
                + " case when status in ('REGISTERED') or (status = 'INTAKE' and (d < 21 and b < 50 or d >= 21)) then null"
                + " else " + plusDays(registered, "3") + " end,"
                + " case when " + agreed + " then " + plusDays(registered, "20 + mod(x * 13, 150)") + " else null end,"
                + " case when status = 'CLOSED' then " + closedOn + " else null end, " + lead + ","
                + " case when mod(x, 5) = 0 then " + firstMediator + " + mod(x + 7, " + MEDIATORS + ") else null end,"
                + " case when status = 'FOLLOW_UP' then " + plusDays(registered, "d + mod(x, 30) - 10") + " else null end,"
                + " case when mod(x, 4) = 0 then 'OBJECTION' else null end,"
                + " case when mod(x, 4) = 0 then " + plusDays(registered, "42 + mod(x, 40)") + " else null end,"
                + " case when mod(x, 4) = 0 and mod(x, 200) <> 0 and d > 42 + mod(x, 40) + 10 then "
                + plusDays(registered, "45 + mod(x, 40)") + " else null end,"
                + " 'b' || cast(x as varchar(11)) || ' | zaak ' || cast(x as varchar(11)),"
                + " case when status <> 'CLOSED' then null when " + closedOn + " > " + plusDays("date '" + today + "'", "-45")
                + " then (case when b >= 95 then 'RETURNED' else 'AWAITING_REVIEW' end) else 'APPROVED' end,"
                + " ?, ?, 0 from " + staged + " s";
        jdbc.update(sql, now, now);
    }

    /** A planned session in the coming month and an open agreement item for each open case past its intake. */
    private void insertSessionsAndItems(Timestamp now) {
        String start = postgresql() ? "(current_date + cast(mod(id, 30) as integer) + time '10:00')"
                : "dateadd(hour, 10, cast(dateadd(day, mod(id, 30), current_date) as timestamp))";
        String end = postgresql() ? "(" + start + " + interval '1' hour)" : "dateadd(hour, 1, " + start + ")";
        jdbc.update("insert into case_session (case_id, session_kind, starts_at, ends_at, online, status, version)"
                + " select id, 'JOINT', " + start + ", " + end + ", false, 'PLANNED', 0 from mediation_case"
                + " where status in ('IN_MEDIATION', 'AGREEMENT')");
        jdbc.update("insert into agreement_item (case_id, description, responsible, due_on, status, version)"
                + " select id, 'Afspraak', 'Partij', " + plusDays("current_date", "mod(id, 40) - 10")
                + ", 'OPEN', 0 from mediation_case where status in ('AGREEMENT', 'FOLLOW_UP')");
    }

    private String plusDays(String date, String days) {
        return postgresql() ? "(" + date + " + cast(" + days + " as integer))"
                : "dateadd(day, " + days + ", " + date + ")";
    }

    private static String cases(List<String> values, String index) {
        return "case " + index + IntStream.range(0, values.size())
                .mapToObj(i -> " when " + i + " then '" + values.get(i) + "'").collect(Collectors.joining()) + " end";
    }

}
