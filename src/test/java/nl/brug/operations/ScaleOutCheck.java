package nl.brug.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.brug.base.DisplayFormats;
import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrugJar;
import nl.brug.testsupport.BrugPage;
import nl.brug.testsupport.FirstSteps;
import nl.brug.testsupport.PostgresServer;

/**
 * Brug on two instances behind nginx, sharing one PostgreSQL, with one instance killed mid-run (decision 038).
 * Starts a throw-away PostgreSQL (fsync on), two production jars on loopback ports ({@code node1},
 * {@code node2}), and nginx in front with sticky sessions. Mediators register cases and add journal notes
 * through the proxy from several browsers at once; after {@code scale.kill-after} confirmed writes {@code node1}
 * is killed with {@code kill -9}, and the writers go on until {@code scale.after-kill} more are confirmed. Both
 * instances run the nightly anonymisation at the same minute while they are both up.
 *
 * <p>Reports, in lines starting with {@code SCALE-OUT}: errors (only the killed instance's sessions may see one,
 * once, before they log in again), confirmed writes missing from the database, duplicate references, and how
 * many instances ran the scheduled anonymisation (must be one). Then it stops everything and removes its folders.
 *
 * <p>Not part of {@code verify}; run it with {@code scripts/scale-out-check.sh}, which builds the jar first.
 */
class ScaleOutCheck {

    private static final int WRITERS = Integer.getInteger("scale.writers", 6);
    private static final int KILL_AFTER = Integer.getInteger("scale.kill-after", 30);
    private static final int AFTER_KILL = Integer.getInteger("scale.after-kill", 30);
    /** Minutes from the start to the nightly run both instances schedule (they must be up by then). */
    private static final int RETENTION_DELAY = Integer.getInteger("scale.retention-delay", 5);
    private static final String ADMIN_PASSWORD = "Lantaarnpaal-Zeewind-42";
    private static final String OWN_PASSWORD = "Kruispunt-Merel-Zonnebloem-7";
    private static final String KILLED = "node1";
    private static final Path OUT = Path.of("target", "scale-out");

    private final Set<String> acknowledgedReferences = ConcurrentHashMap.newKeySet();
    private final List<String> everyAcknowledgedReference = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> acknowledgedNotes = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> registrationsPerInstance = new ConcurrentHashMap<>();
    private final Map<Integer, String> instanceAtKill = new ConcurrentHashMap<>();
    private final Map<Integer, String> instanceNow = new ConcurrentHashMap<>();
    private final List<String> expectedErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unexpectedErrors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger relogins = new AtomicInteger();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch beforeKill = new CountDownLatch(KILL_AFTER);
    private final CountDownLatch afterKill = new CountDownLatch(AFTER_KILL);

    @Test
    void twoInstancesBehindNginxWithOneKilledMidRun() throws Exception {
        Files.createDirectories(OUT);
        Path folder = Files.createTempDirectory("brug-scale-out-");
        List<AutoCloseable> running = new ArrayList<>();
        Instant start = Instant.now();
        try (PostgresServer database = PostgresServer.start(false)) {
            Files.writeString(OUT.resolve("pids"), "postgresql " + database.folder() + "\n");
            database.executeAsSuperuser("postgres", "create user brug with password 'brug'",
                    "create database brug owner brug encoding 'UTF8'");
            LocalTime retentionAt = LocalTime.now(DisplayFormats.ZONE).plusMinutes(RETENTION_DELAY)
                    .truncatedTo(ChronoUnit.MINUTES);
            Map<String, BrugJar> instances = startInstances(database, folder, retentionAt, running);
            Instant bothReady = Instant.now();
            Map<String, Integer> ports = new LinkedHashMap<>();
            instances.forEach((route, jar) -> ports.put(route, URI.create(jar.baseUrl()).getPort()));
            NginxProxy proxy = NginxProxy.start(folder.resolve("nginx"), ports);
            running.add(proxy);
            Files.writeString(OUT.resolve("pids"), "nginx " + proxy.pid() + "\n", java.nio.file.StandardOpenOption.APPEND);
            System.out.printf("SCALE-OUT setup: PostgreSQL, node1 and node2 (ports %s) and nginx at %s ready in %d s%n",
                    ports.values(), proxy.baseUrl(), Duration.between(start, Instant.now()).toSeconds());

            List<String> temporaryPasswords = createMediators(proxy.baseUrl());
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 1; writer <= WRITERS; writer++) {
                int number = writer;
                writers.submit(() -> write(proxy.baseUrl(), number, temporaryPasswords.get(number - 1)));
            }
            boolean reached = beforeKill.await(10, TimeUnit.MINUTES);
            String retention = awaitRetentionRun(retentionAt, bothReady);

            instanceAtKill.putAll(instanceNow);
            killed.set(true);
            instances.get(KILLED).kill();
            Instant killedAt = Instant.now();
            System.out.printf("SCALE-OUT kill -9 of %s at %s after %d confirmed writes; sessions then on %s: %d of %d%n",
                    KILLED, killedAt, KILL_AFTER, KILLED, instanceAtKill.values().stream().filter(KILLED::equals).count(),
                    WRITERS);
            boolean continued = afterKill.await(10, TimeUnit.MINUTES);
            stop.set(true);
            writers.shutdown();
            writers.awaitTermination(3, TimeUnit.MINUTES);
            System.out.printf("SCALE-OUT after the kill: %d more confirmed writes in %d s through node2%n",
                    AFTER_KILL - afterKill.getCount(), Duration.between(killedAt, Instant.now()).toSeconds());

            report(database, retention, reached, continued);
        } finally {
            Collections.reverse(running);
            for (AutoCloseable process : running) {
                process.close();
            }
            deleteFolder(folder);
            System.out.printf("SCALE-OUT cleaned up: nginx, instances and PostgreSQL stopped, %s removed (%d s in all)%n",
                    folder, Duration.between(start, Instant.now()).toSeconds());
        }
    }

    /** Both instances at once, as a second node joins a first; Flyway's lock lets one migrate. */
    private static Map<String, BrugJar> startInstances(PostgresServer database, Path folder, LocalTime retentionAt,
            List<AutoCloseable> running) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(2);
        Map<String, Future<BrugJar>> starts = new LinkedHashMap<>();
        for (String route : List.of("node1", "node2")) {
            Path log = OUT.resolve(route + ".log");
            Files.deleteIfExists(log);
            Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgresql",
                    "BRUG_DB_URL", database.jdbcUrl("brug"), "BRUG_DB_USER", "brug", "BRUG_DB_PASSWORD", "brug",
                    "BRUG_DATA_DIR", folder.resolve(route).toString(), "BRUG_INSTANCE_ROUTE", route,
                    "BRUG_RETENTION_TIME", retentionAt.toString());
            starts.put(route, starting.submit(() -> BrugJar.start(BrugJar.built(), environment, List.of(), log,
                    Duration.ofMinutes(5))));
        }
        starting.shutdown();
        Map<String, BrugJar> instances = new LinkedHashMap<>();
        for (Map.Entry<String, Future<BrugJar>> start : starts.entrySet()) {
            BrugJar jar = start.getValue().get(6, TimeUnit.MINUTES);
            running.add(jar);
            instances.put(start.getKey(), jar);
            Files.writeString(OUT.resolve("pids"), start.getKey() + " " + jar.pid() + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return instances;
    }

    /**
     * The first administrator, and one mediator per writer ({@code bemiddelaar1}, …) with the temporary passwords
     * the administrator was shown. Each writer is a person of their own, as in an office.
     */
    private static List<String> createMediators(String proxy) {
        try (BrowserSession browser = BrowserSupport.launchChromium()) {
            FirstSteps steps = new FirstSteps(proxy);
            Page admin = browser.newDutchPage();
            steps.createFirstAdministrator(admin, "beheer", ADMIN_PASSWORD);
            List<String> temporary = new ArrayList<>();
            temporary.add(steps.createMediator(admin, "beheer", ADMIN_PASSWORD, "Bemiddelaar 1", "bemiddelaar1"));
            BrugPage ui = new BrugPage(admin);
            for (int writer = 2; writer <= WRITERS; writer++) {
                ui.click("#close-temporary-password");
                ui.click("#new-account");
                admin.locator("#account-name input").fill("Bemiddelaar " + writer);
                admin.locator("#account-username input").fill("bemiddelaar" + writer);
                admin.locator("#account-email input").fill("bemiddelaar" + writer + "@example.org");
                Locator mediator = admin.locator("#account-roles vaadin-checkbox")
                        .filter(new Locator.FilterOptions().setHasText("Bemiddelaar")).locator("input");
                if (!mediator.isChecked()) {
                    mediator.check();
                }
                ui.click("#create-account");
                Locator password = admin.locator("#temporary-password");
                assertThat(password).hasText(java.util.regex.Pattern.compile("\\S{12,}"));
                temporary.add(password.textContent().strip());
            }
            return temporary;
        }
    }

    /** One mediator in a browser of their own: register a case, add a note to it, again, until told to stop. */
    private void write(String proxy, int writer, String temporaryPassword) {
        try (BrowserSession browser = BrowserSupport.launchChromium()) {
            FirstSteps steps = new FirstSteps(proxy);
            Page page = browser.newDutchPage();
            steps.firstLogin(page, "bemiddelaar" + writer, temporaryPassword, OWN_PASSWORD);
            instanceNow.put(writer, instanceOf(page));
            boolean loggedInAgain = false;
            for (int n = 1; !stop.get(); n++) {
                String instance = instanceNow.getOrDefault(writer, "?");
                try {
                    String reference = steps.registerCase(page, "Schaal " + writer + "-" + n, "Partij " + writer);
                    acknowledgedReferences.add(reference);
                    everyAcknowledgedReference.add(reference);
                    registrationsPerInstance.computeIfAbsent(instance, key -> new AtomicInteger()).incrementAndGet();
                    confirmed();
                    String note = "Notitie " + writer + "-" + n + " bij " + reference;
                    addNote(page, note);
                    acknowledgedNotes.add(note);
                    confirmed();
                } catch (RuntimeException | AssertionError failure) {
                    if (stop.get()) {
                        return;
                    }
                    String what = "writer " + writer + " on " + instance + ": " + failure.getClass().getSimpleName();
                    if (killed.get() && KILLED.equals(instanceAtKill.get(writer)) && !loggedInAgain) {
                        expectedErrors.add(what);
                    } else {
                        unexpectedErrors.add(what + " " + firstLine(failure.getMessage()));
                    }
                    page.context().close();
                    page = logIn(browser, proxy, writer);
                    loggedInAgain = true;
                    relogins.incrementAndGet();
                }
            }
        } catch (RuntimeException | AssertionError failure) {
            if (!stop.get()) {
                unexpectedErrors.add("writer " + writer + " stopped: " + failure.getClass().getSimpleName() + " "
                        + firstLine(failure.getMessage()));
            }
        }
    }

    private Page logIn(BrowserSession browser, String proxy, int writer) {
        Page page = browser.newDutchPage();
        new BrugPage(page).logIn(proxy, "bemiddelaar" + writer, OWN_PASSWORD);
        instanceNow.put(writer, instanceOf(page));
        return page;
    }

    /** The instance that holds the page's session: the route at the end of its session id. */
    private static String instanceOf(Page page) {
        return page.context().cookies().stream().filter(cookie -> "JSESSIONID".equals(cookie.name))
                .map(cookie -> cookie.value.substring(cookie.value.lastIndexOf('.') + 1)).findFirst().orElse("?");
    }

    private static void addNote(Page page, String text) {
        BrugPage ui = new BrugPage(page);
        ui.section("Journaal");
        page.locator("#note-text textarea").fill(text);
        ui.click("#add-note");
        assertThat(page.locator(".brug-note-text").filter(new Locator.FilterOptions().setHasText(text))).isVisible();
    }

    private void confirmed() {
        if (killed.get()) {
            afterKill.countDown();
        } else {
            beforeKill.countDown();
        }
    }

    /**
     * Waits until both instances have reached the minute of the nightly run and logged what they did with it: the
     * one that claimed it ran it, the other skipped it. Polls the two logs; the run is at a clock time.
     */
    private static String awaitRetentionRun(LocalTime retentionAt, Instant bothReady) throws Exception {
        Instant due = retentionAt.atDate(java.time.LocalDate.now(DisplayFormats.ZONE)).atZone(DisplayFormats.ZONE)
                .toInstant();
        if (bothReady.isAfter(due)) {
            return "not observed: the instances were ready after " + retentionAt
                    + " (raise -Dscale.retention-delay)";
        }
        Instant deadline = due.plus(Duration.ofMinutes(2));
        // The run happens at a clock time and the logs are the only sign of it: wake on each write to them.
        try (java.nio.file.WatchService logs = OUT.getFileSystem().newWatchService()) {
            OUT.register(logs, java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
            while (Instant.now().isBefore(deadline)) {
                int[] counts = retentionLines();
                if (counts[0] + counts[1] >= 2) {
                    break;
                }
                java.nio.file.WatchKey written = logs.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (written != null) {
                    written.pollEvents();
                    written.reset();
                }
            }
        }
        int[] counts = retentionLines();
        return "ran on " + counts[0] + " instance(s), skipped on " + counts[1];
    }

    private static int[] retentionLines() throws IOException {
        int ran = 0;
        int skipped = 0;
        for (String route : List.of("node1", "node2")) {
            for (String line : Files.readAllLines(OUT.resolve(route + ".log"))) {
                ran += line.contains("Scheduled work retention ran") ? 1 : 0;
                skipped += line.contains("Scheduled work retention skipped") ? 1 : 0;
            }
        }
        return new int[] {ran, skipped};
    }

    private void report(PostgresServer database, String retention, boolean reached, boolean continued)
            throws SQLException {
        Set<String> storedReferences = strings(database, "select reference from mediation_case");
        Set<String> storedNotes = strings(database, "select text from journal_note");
        long duplicates = number(database,
                "select count(*) from (select reference from mediation_case group by reference having count(*) > 1) d");
        long uniqueConstraint = number(database, "select count(*) from information_schema.table_constraints"
                + " where table_name = 'mediation_case' and constraint_type = 'UNIQUE'"
                + " and constraint_name = 'uk_case_reference'");
        List<String> lostReferences = missing(acknowledgedReferences, storedReferences);
        List<String> lostNotes = missing(acknowledgedNotes, storedNotes);
        long confirmedTwice = everyAcknowledgedReference.size() - new HashSet<>(everyAcknowledgedReference).size();
        long onKilled = instanceAtKill.values().stream().filter(KILLED::equals).count();

        System.out.printf("SCALE-OUT writers: %d mediators in their own browsers; registrations confirmed per instance"
                + " (by session): %s%n", WRITERS, registrationsPerInstance);
        System.out.printf("SCALE-OUT confirmed writes: %d registrations, %d notes; in the database: %d cases, %d notes%n",
                acknowledgedReferences.size(), acknowledgedNotes.size(), storedReferences.size(), storedNotes.size());
        System.out.printf("SCALE-OUT lost writes: %d (registrations %d, notes %d)%n",
                lostReferences.size() + lostNotes.size(), lostReferences.size(), lostNotes.size());
        System.out.printf("SCALE-OUT duplicate references: %d in the database, %d confirmed twice; unique constraint"
                + " uk_case_reference present: %s%n", duplicates, confirmedTwice, uniqueConstraint == 1);
        System.out.printf("SCALE-OUT errors on the killed instance's sessions: %d (sessions there at the kill: %d;"
                + " logins again: %d)%n", expectedErrors.size(), onKilled, relogins.get());
        System.out.printf("SCALE-OUT other errors: %d %s%n", unexpectedErrors.size(), unexpectedErrors);
        System.out.printf("SCALE-OUT nightly anonymisation at the same minute on both instances: %s%n", retention);

        assertThat(reached).as("%d writes confirmed before the kill", KILL_AFTER).isTrue();
        assertThat(continued).as("%d writes confirmed after the kill", AFTER_KILL).isTrue();
        assertThat(lostReferences).as("confirmed registrations missing").isEmpty();
        assertThat(lostNotes).as("confirmed notes missing").isEmpty();
        assertThat(duplicates + confirmedTwice).as("duplicate references").isZero();
        assertThat(uniqueConstraint).as("unique constraint on mediation_case.reference").isEqualTo(1);
        assertThat(unexpectedErrors).as("errors other than the killed instance's sessions").isEmpty();
        assertThat((long) expectedErrors.size()).as("one error per session on the killed instance at most")
                .isLessThanOrEqualTo(onKilled);
        assertThat(registrationsPerInstance.keySet()).as("registrations through both instances")
                .contains("node1", "node2");
        if (retention.startsWith("ran on")) {
            assertThat(retention).startsWith("ran on 1 instance(s), skipped on 1");
        }
    }

    private static List<String> missing(Set<String> confirmed, Set<String> stored) {
        List<String> missing = new ArrayList<>(confirmed);
        missing.removeAll(stored);
        return missing;
    }

    private static Set<String> strings(PostgresServer database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("brug"), "brug", "brug");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long number(PostgresServer database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("brug"), "brug", "brug");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
