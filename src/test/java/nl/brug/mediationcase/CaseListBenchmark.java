package nl.brug.mediationcase;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.persistence.EntityManagerFactory;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditFilter;
import nl.brug.audit.AuditService;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BenchmarkData;

/**
 * Measures the case list, opening a case and the audit log in a file-based H2 database (the default embedded
 * database) at the service layer, each call beside a bare JDBC query that returns the same rows, in the same run.
 * Not part of the normal build (Surefire excludes *Benchmark); run it with:
 *
 * <pre>./mvnw -B test -Dtest=CaseListBenchmark#measure -Dsurefire.failIfNoSpecifiedTests=false -Dbench.cases=1000000</pre>
 *
 * {@code bench.cases} (default 100,000) sets the number of cases; ten audit records are made per case
 * ({@code bench.audit-per-case}). The data set ({@link BenchmarkData}) is made once per size and kept in the
 * system temp folder ({@code brug-benchmark-<cases>}). Each line starting with {@code BENCHMARK} gives the median
 * and 95th percentile of the call, the median of the bare query and their ratio. Targets at 1,000,000 cases: list
 * pages within 2x the bare query and under 50 ms, opening a case with 50 parties, 50 sessions and 200 notes under
 * 30 ms, the audit log's filter and first page under 50 ms.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:${java.io.tmpdir}/brug-benchmark-${bench.cases:100000}/brug;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.clean-disabled=false", "spring.jpa.properties.hibernate.generate_statistics=true"})
class CaseListBenchmark {

    static final int CASES = Integer.getInteger("bench.cases", 100_000);
    static final int AUDIT_PER_CASE = Integer.getInteger("bench.audit-per-case", 10);
    private static final int RUNS = Integer.getInteger("bench.runs", 30);

    /** The list's columns and its lead mediator's name, as a bare query reads them. */
    private static final String LIST_COLUMNS = "select c.reference, c.title, c.kind, c.theme, c.status, c.registered_on,"
            + " a.display_name, c.outcome, c.intake_on, c.intake_clock_from from mediation_case c"
            + " left join account a on a.id = c.lead_mediator_id";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseSearchService search;
    @Autowired
    CaseService cases;
    @Autowired
    AuditService audit;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void measure() throws Exception {
        System.out.println("BENCHMARK load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        BenchmarkData.Ids ids = BenchmarkData.ensure(jdbc, CASES, AUDIT_PER_CASE);
        System.out.printf(Locale.ROOT, "BENCHMARK %d cases, %d audit records (%s)%n", CASES,
                jdbc.queryForObject("select count(*) from audit_log", Long.class), getClass().getSimpleName());
        signIn(ids.supervisor(), "bench-supervisor", Role.SUPERVISOR);

        list("list, first page of 50 (newest first)", CaseFilter.all(), PageRequest.of(0, 50),
                LIST_COLUMNS + " order by c.registered_on desc, c.id desc limit 50");
        for (String column : List.of("reference", "title", "status", "kind", "theme", "registeredOn")) {
            String sql = LIST_COLUMNS + " order by c." + column(column) + " %s, c.id desc limit 50";
            list("list, sorted by " + column + " ascending", CaseFilter.all(),
                    PageRequest.of(0, 50, Sort.by(Sort.Order.asc(column))), sql.formatted("asc"));
            list("list, sorted by " + column + " descending", CaseFilter.all(),
                    PageRequest.of(0, 50, Sort.by(Sort.Order.desc(column))), sql.formatted("desc"));
        }
        list("list, status INTAKE + theme NOISE", new CaseFilter("", EnumSet.of(CaseStatus.INTAKE), null, Theme.NOISE,
                null, null), PageRequest.of(0, 50), LIST_COLUMNS + " where c.status = 'INTAKE' and c.theme = 'NOISE'"
                + " order by c.registered_on desc, c.id desc limit 50");
        list("list, page 1000 of 50", CaseFilter.all(), PageRequest.of(1000, 50),
                LIST_COLUMNS + " order by c.registered_on desc, c.id desc offset 50000 rows fetch next 50 rows only");
        // A common name: one case in eight; the words table is walked in the list's order.
        list("list, free text 'jansen', first page", CaseFilter.all().withText("jansen"), PageRequest.of(0, 50),
                LIST_COLUMNS + " where exists (select 1 from case_search_word w where w.case_id = c.id"
                        + " and w.word like 'jansen%') order by c.registered_on desc, c.id desc limit 50");
        // The first page of a search also writes its audit record; the second is the query alone.
        list("list, free text 'jansen', second page", CaseFilter.all().withText("jansen"), PageRequest.of(1, 50),
                LIST_COLUMNS + " where exists (select 1 from case_search_word w where w.case_id = c.id"
                        + " and w.word like 'jansen%') order by c.registered_on desc, c.id desc"
                        + " offset 50 rows fetch next 50 rows only");
        // A rare word beside a word every case has: the rare one finds the cases.
        String rareNumber = String.valueOf(CASES - 1);
        list("list, free text 'zaak " + rareNumber + "' (one case)", CaseFilter.all().withText("zaak " + rareNumber),
                PageRequest.of(0, 50), LIST_COLUMNS + " where c.id in (select w.case_id from case_search_word w"
                        + " where w.word like '" + rareNumber + "%') and exists (select 1 from case_search_word w"
                        + " where w.case_id = c.id and w.word like 'zaak%') order by c.registered_on desc, c.id desc limit 50");
        list("list, free text 'zaak " + rareNumber + "', second page (empty)", CaseFilter.all().withText("zaak "
                + rareNumber), PageRequest.of(1, 50), LIST_COLUMNS + " where c.id in (select w.case_id from"
                + " case_search_word w where w.word like '" + rareNumber + "%') and exists (select 1 from case_search_word w"
                + " where w.case_id = c.id and w.word like 'zaak%') order by c.registered_on desc, c.id desc"
                + " offset 50 rows fetch next 50 rows only");
        count("count, all (up to the limit)", CaseFilter.all(), "select count(*) from (select 1 from mediation_case c"
                + " fetch first " + (CaseSearchService.COUNT_LIMIT + 1) + " rows only) t");
        count("count, free text 'jansen' (up to the limit)", CaseFilter.all().withText("jansen"),
                "select count(*) from (select 1 from mediation_case c where exists (select 1 from case_search_word w"
                        + " where w.case_id = c.id and w.word like 'jansen%') fetch first "
                        + (CaseSearchService.COUNT_LIMIT + 1) + " rows only) t");

        signIn(ids.busyMediator(), "bench-mediator", Role.MEDIATOR);
        list("mediator's list, first page (own cases only)", CaseFilter.all(), PageRequest.of(0, 50),
                LIST_COLUMNS + " where (c.lead_mediator_id = " + ids.busyMediator() + " or c.co_mediator_id = "
                        + ids.busyMediator() + ") order by c.registered_on desc, c.id desc limit 50");
        long big = ids.bigCase();
        report("open a case with 50 parties, 50 sessions, 200 notes", () -> cases.details(BenchmarkData.BIG_CASE),
                () -> {
                    jdbc.queryForList("select * from mediation_case where reference = ?", BenchmarkData.BIG_CASE);
                    jdbc.queryForList("select * from case_party where case_id = ?", big);
                    jdbc.queryForList("select * from case_session where case_id = ?", big);
                    jdbc.queryForList("select * from journal_note where case_id = ?", big);
                    jdbc.queryForList("select * from case_history where case_id = ?", big);
                    jdbc.queryForList("select * from agreement_item where case_id = ?", big);
                    return jdbc.queryForList("select * from case_review where case_id = ?", big);
                });

        // What the opening does in the database: the statements Hibernate prepares, and the slowest one.
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        cases.details(BenchmarkData.BIG_CASE);
        System.out.printf(Locale.ROOT, "BENCHMARK open a case: %d statements, %d entities loaded, %d collections;"
                + " slowest query %d ms: %s%n", statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(),
                statistics.getCollectionFetchCount(), statistics.getQueryExecutionMaxTime(),
                statistics.getQueryExecutionMaxTimeQueryString());

        signIn(ids.admin(), "bench-admin", Role.ADMIN);
        String auditColumns = "select id, at, actor_id, actor_username, action, case_reference, detail, address"
                + " from audit_log";
        report("audit log, first page of 50", () -> audit.search(AuditFilter.all(), PageRequest.of(0, 50)),
                () -> jdbc.queryForList(auditColumns + " order by at desc, id desc limit 50"));
        report("audit log, filter by user, first page", () -> audit.search(new AuditFilter("bench-mediator-7", null,
                "", null, null), PageRequest.of(0, 50)), () -> jdbc.queryForList(auditColumns
                + " where lower(actor_username) = 'bench-mediator-7' order by at desc, id desc limit 50"));
        report("audit log, filter by action EXPORT, first page", () -> audit.search(new AuditFilter("",
                AuditAction.EXPORT, "", null, null), PageRequest.of(0, 50)), () -> jdbc.queryForList(auditColumns
                + " where action = 'EXPORT' order by at desc, id desc limit 50"));
        report("audit log, filter by case, first page", () -> audit.search(new AuditFilter("", null, "2024-0500000",
                null, null), PageRequest.of(0, 50)), () -> jdbc.queryForList(auditColumns
                + " where case_reference = '2024-0500000' order by at desc, id desc limit 50"));
        report("audit log, user + period of a month, first page", () -> audit.search(new AuditFilter("bench-mediator-7",
                null, "", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)), PageRequest.of(0, 50)),
                () -> jdbc.queryForList(auditColumns + " where lower(actor_username) = 'bench-mediator-7'"
                        + " and at >= timestamp with time zone '2023-03-01 00:00:00+01'"
                        + " and at < timestamp with time zone '2023-04-01 00:00:00+02' order by at desc, id desc limit 50"));
        report("audit log, count (up to the limit)", () -> audit.countUpTo(AuditFilter.all()),
                () -> jdbc.queryForList("select count(*) from (select 1 from audit_log fetch first "
                        + (AuditService.COUNT_LIMIT + 1) + " rows only) t"));
        SecurityContextHolder.clearContext();
    }

    private static String column(String property) {
        return switch (property) {
            case "registeredOn" -> "registered_on";
            default -> property;
        };
    }

    private void signIn(long id, String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(auth(new BrugUser(id, username, username,
                EnumSet.of(role), "x", true, true, false, null)));
    }

    /** A page of the list beside the bare query; says so when they do not return the same cases. */
    private void list(String what, CaseFilter filter, PageRequest page, String bareSql) {
        List<String> fromService = search.rows(filter, page).stream().map(CaseListItem::reference).toList();
        List<String> bare = jdbc.queryForList(bareSql).stream().map(row -> (String) row.get("reference")).toList();
        if (!fromService.equals(bare)) {
            System.out.println("BENCHMARK !! " + what + ": the service and the bare query differ");
        }
        report(what, () -> search.rows(filter, page), () -> jdbc.queryForList(bareSql));
    }

    private void count(String what, CaseFilter filter, String bareSql) {
        report(what, () -> search.countUpTo(filter), () -> jdbc.queryForObject(bareSql, Long.class));
    }

    /**
     * The case list's CSV export (every matching case, page by page): the time for about 10,000 and for all
     * 100,000 cases, and the live heap while it runs (sampled after a full collection at every 20th page, so
     * the figure is what the export keeps, not garbage waiting to be collected).
     */
    @Test
    void measureExport() throws Exception {
        long supervisorId = BenchmarkData.ensure(jdbc, CASES, AUDIT_PER_CASE).supervisor();
        SecurityContextHolder.getContext().setAuthentication(auth(new BrugUser(supervisorId, "bench-supervisor",
                "Bench Supervisor", EnumSet.of(Role.SUPERVISOR), "x", true, true, false, null)));
        // Registrations are spread over 2,100 days from 2021: 210 days hold about 10,000 cases.
        CaseFilter tenThousand = new CaseFilter("", Set.of(), null, null, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 7, 29));
        for (var run : List.of(Map.entry("about 10,000 cases", tenThousand), Map.entry("all cases",
                CaseFilter.all()))) {
            CountingWriter warmUp = new CountingWriter(0);
            search.exportCsv(run.getValue(), Locale.of("nl"), warmUp);
            long[] nanos = new long[3];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                search.exportCsv(run.getValue(), Locale.of("nl"), new CountingWriter(0));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.gc();
            long before = usedHeap();
            CountingWriter sampled = new CountingWriter(20);
            int rows = search.exportCsv(run.getValue(), Locale.of("nl"), sampled);
            System.out.printf(Locale.ROOT, "BENCHMARK export %-20s %6d rows, %5.1f MB, median %7.0f ms;"
                    + " live heap before %4d MB, at most %4d MB during (+%d MB)%n", run.getKey(), rows,
                    warmUp.chars / 1e6, nanos[1] / 1e6, before >> 20, sampled.maxLive >> 20,
                    (sampled.maxLive - before) >> 20);
        }
        SecurityContextHolder.clearContext();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts what is written and throws it away; every n-th flush (one per page) measures the live heap. */
    private static final class CountingWriter extends Writer {
        private final int sampleEvery;
        private long chars;
        private int flushes;
        private long maxLive;

        CountingWriter(int sampleEvery) {
            this.sampleEvery = sampleEvery;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
            if (sampleEvery > 0 && ++flushes % sampleEvery == 0) {
                System.gc();
                maxLive = Math.max(maxLive, usedHeap());
            }
        }

        @Override
        public void close() {
        }
    }

    private static UsernamePasswordAuthenticationToken auth(BrugUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    /** Warms up, then alternates the call and the bare query so both see the same load. */
    private void report(String what, Supplier<?> call, Supplier<?> bare) {
        for (int i = 0; i < 5; i++) {
            call.get();
            bare.get();
        }
        long[] nanos = new long[RUNS];
        long[] bareNanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bare.get();
            bareNanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(bareNanos);
        double median = nanos[RUNS / 2] / 1e6;
        double bareMedian = bareNanos[RUNS / 2] / 1e6;
        System.out.printf(Locale.ROOT, "BENCHMARK %-55s median %8.2f ms  p95 %8.2f ms | bare %8.2f ms | ratio %5.1f%n",
                what, median, nanos[(int) (RUNS * 0.95)] / 1e6, bareMedian, median / bareMedian);
    }
}
