package nl.brug.mediationcase;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * Measures the case list and the case page with 100,000 cases in a file-based H2 database (the default
 * embedded database), at the service layer. Not part of the normal build (Surefire excludes *Benchmark);
 * run it with:
 *
 * <pre>./mvnw test -Dtest=CaseListBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints the median and the 95th percentile of repeated calls after a warm-up. Targets: list queries
 * under 100 ms, opening a case with 20 parties, sessions and notes under 50 ms.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:${java.io.tmpdir}/brug-benchmark/brug;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.clean-disabled=false"})
class CaseListBenchmark {

    private static final int CASES = 100_000;
    private static final int RUNS = 30;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseSearchService search;
    @Autowired
    CaseService cases;

    @Test
    void measure() throws Exception {
        long mediator = ensureData();
        long supervisorId = jdbc.queryForObject("select id from account where username_key = 'bench-supervisor'", Long.class);
        SecurityContextHolder.getContext().setAuthentication(auth(new BrugUser(supervisorId, "bench-supervisor",
                "Bench Supervisor", EnumSet.of(Role.SUPERVISOR), "x", true, true, false, null)));

        report("list, first page of 50 (newest first)", () -> search.page(CaseFilter.all(), PageRequest.of(0, 50)));
        report("list, count of all", () -> search.count(CaseFilter.all()));
        report("list, sorted by registration date ascending", () -> search.page(CaseFilter.all(),
                PageRequest.of(0, 50, Sort.by("registeredOn"))));
        report("list, sorted by title", () -> search.page(CaseFilter.all(), PageRequest.of(0, 50, Sort.by("title"))));
        CaseFilter jansen = CaseFilter.all().withText("jansen");
        report("list, free text 'jansen', first page", () -> search.page(jansen, PageRequest.of(0, 50)));
        report("list, free text 'jansen', count", () -> search.count(jansen));
        CaseFilter rare = CaseFilter.all().withText("zaak 99999 ");
        report("list, free text matching one case, first page", () -> search.page(rare, PageRequest.of(0, 50)));
        report("list, status INTAKE + theme NOISE", () -> search.page(new CaseFilter("", EnumSet.of(CaseStatus.INTAKE),
                null, Theme.NOISE, null, null), PageRequest.of(0, 50)));
        report("list, page 1000 of 50", () -> search.page(CaseFilter.all(), PageRequest.of(1000, 50)));

        SecurityContextHolder.getContext().setAuthentication(auth(new BrugUser(mediator, "bench-mediator",
                "Bench Mediator", EnumSet.of(Role.MEDIATOR), "x", true, true, false, null)));
        report("mediator's list, first page (own cases only)", () -> search.page(CaseFilter.all(), PageRequest.of(0, 50)));
        report("open a case with 20 parties, 20 sessions, 20 notes", () -> cases.details("2026-0001"));
        report("mediator's home page (Mijn werk)", () -> search.myWork());
        SecurityContextHolder.clearContext();
    }

    /**
     * The case list's CSV export (every matching case, page by page): the time for about 10,000 and for all
     * 100,000 cases, and the live heap while it runs (sampled after a full collection at every 20th page, so
     * the figure is what the export keeps, not garbage waiting to be collected).
     */
    @Test
    void measureExport() throws Exception {
        ensureData();
        long supervisorId = jdbc.queryForObject("select id from account where username_key = 'bench-supervisor'", Long.class);
        SecurityContextHolder.getContext().setAuthentication(auth(new BrugUser(supervisorId, "bench-supervisor",
                "Bench Supervisor", EnumSet.of(Role.SUPERVISOR), "x", true, true, false, null)));
        // Registrations are spread over 2,100 days from 2021: 210 days hold about 10,000 cases.
        CaseFilter tenThousand = new CaseFilter("", Set.of(), null, null, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 7, 29));
        for (var run : List.of(Map.entry("about 10,000 cases", tenThousand), Map.entry("all 100,000 cases",
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

    private void report(String what, Supplier<?> call) {
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
        System.out.printf(Locale.ROOT, "BENCHMARK %-55s median %7.2f ms   p95 %7.2f ms%n", what,
                nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6);
    }

    /** Creates the data set once; later runs reuse the database file. Returns the busy mediator's id. */
    private long ensureData() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "brug-benchmark"));
        Integer existing = jdbc.queryForObject("select count(*) from mediation_case", Integer.class);
        if (existing != null && existing >= CASES) {
            return jdbc.queryForObject("select id from account where username_key = 'bench-mediator'", Long.class);
        }
        long started = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> mediators = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            mediators.add(insertAccount(i == 0 ? "bench-mediator" : "bench-mediator-" + i, "MEDIATOR", now));
        }
        insertAccount("bench-supervisor", "SUPERVISOR", now);

        Random random = new Random(7);
        String[] names = {"jansen", "de vries", "el amrani", "bakker", "yilmaz", "visser", "smit", "de boer"};
        CaseStatus[] statuses = CaseStatus.values();
        Theme[] themes = Theme.values();
        LocalDate start = LocalDate.of(2021, 1, 1);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            LocalDate registered = start.plusDays(random.nextInt(2100));
            String reference = String.format(Locale.ROOT, "%d-%05d", registered.getYear(), i);
            if (i == 1) {
                reference = "2026-0001";
            }
            String title = "Zaak " + i + " " + themes[i % themes.length].name().toLowerCase(Locale.ROOT);
            String party = names[random.nextInt(names.length)] + " " + i;
            rows.add(new Object[] {reference, title, i % 4 == 0 ? "VERTICAL" : "HORIZONTAL",
                    themes[random.nextInt(themes.length)].name(), "PARTY_ITSELF", "NORMAL",
                    statuses[random.nextInt(statuses.length)].name(), Date.valueOf(registered),
                    mediators.get(i == 1 ? 0 : random.nextInt(mediators.size())),
                    (reference + " | " + title + " | " + party).toLowerCase(Locale.ROOT), now, now});
            if (rows.size() == 5000) {
                insertCases(rows);
                rows.clear();
            }
        }
        insertCases(rows);
        long firstCase = jdbc.queryForObject("select id from mediation_case where reference = '2026-0001'", Long.class);
        for (int i = 0; i < 20; i++) {
            jdbc.update("insert into case_party (case_id, party_kind, name, public_body, party_role, interpreter_needed, version)"
                    + " values (?, 'PERSON', ?, false, 'OTHER_PARTY', false, 0)", firstCase, "Partij " + i);
            LocalDateTime when = LocalDateTime.of(2026, 3, 1, 10, 0).plusDays(i);
            jdbc.update("insert into case_session (case_id, session_kind, starts_at, ends_at, online, status, version)"
                    + " values (?, 'JOINT', ?, ?, false, 'HELD', 0)", firstCase, Timestamp.valueOf(when),
                    Timestamp.valueOf(when.plusHours(1)));
            jdbc.update("insert into journal_note (case_id, written_at, author_id, text, confidential) values (?, ?, ?, ?, ?)",
                    firstCase, now, mediators.get(0), "Notitie " + i, i % 2 == 0);
        }
        jdbc.update("insert into case_history (case_id, changed_at, actor_id, from_status, to_status) values (?, ?, ?, null, 'REGISTERED')",
                firstCase, now, mediators.get(0));
        jdbc.execute("analyze");
        // Fresh statistics, as a running database has them: the planner chooses its indexes by them.
        jdbc.execute("analyze");
        System.out.printf(Locale.ROOT, "BENCHMARK data set of %d cases created in %.1f s%n", CASES,
                (System.nanoTime() - started) / 1e9);
        return mediators.get(0);
    }

    private long insertAccount(String username, String role, Timestamp now) {
        jdbc.update("insert into account (username, username_key, display_name, email, password_hash, enabled, created_at)"
                + " values (?, ?, ?, ?, 'x', true, ?)", username, username, username, username + "@example.org", now);
        long id = jdbc.queryForObject("select id from account where username_key = ?", Long.class, username);
        jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role);
        return id;
    }

    private void insertCases(List<Object[]> rows) {
        jdbc.batchUpdate("insert into mediation_case (reference, title, kind, theme, source, urgency, status, registered_on,"
                + " lead_mediator_id, search_text, created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,0)", rows);
    }
}
