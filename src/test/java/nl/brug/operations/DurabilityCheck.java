package nl.brug.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Page;

import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrugJar;
import nl.brug.testsupport.FirstSteps;
import nl.brug.testsupport.PostgresServer;

/**
 * Does a crash lose saved work? Starts the production jar, lets several mediators register cases at the
 * same time through the browser, kills the process with {@code kill -9} in the middle of it, starts it again
 * and counts the registrations that Brug had acknowledged (the case page showed the new reference) but that
 * are not in the database. The figure must be 0, on H2 (file) and on PostgreSQL (fsync on, as in production).
 *
 * <p>Not part of {@code verify} (about two minutes); run it after building the jar:
 * <pre>./mvnw package -DskipTests
 * ./mvnw test -Dtest=DurabilityCheck -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true</pre>
 */
class DurabilityCheck {

    private static final int WRITERS = 4;
    /** The kill comes right after this many acknowledged registrations, when commits are freshest. */
    private static final int KILL_AFTER = 40;
    private static final String ADMIN_PASSWORD = "Lantaarnpaal-Zeewind-42";
    private static final String OWN_PASSWORD = "Kruispunt-Merel-Zonnebloem-7";

    @TempDir
    Path folder;

    @Test
    void h2() throws Exception {
        Path data = folder.resolve("data");
        Map<String, String> environment = Map.of("BRUG_DATA_DIR", data.toString());
        Result result = crashUnderLoad(environment, "h2");
        Set<String> stored = references("jdbc:h2:file:" + data.resolve("brug")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "brug", "");
        report("H2 (file)", result, stored);
    }

    @Test
    void postgresql() throws Exception {
        try (PostgresServer server = PostgresServer.start(false)) {
            server.executeAsSuperuser("postgres", "create user brug with password 'brug'",
                    "create database brug owner brug encoding 'UTF8'");
            Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgresql",
                    "BRUG_DB_URL", server.jdbcUrl("brug"), "BRUG_DB_USER", "brug", "BRUG_DB_PASSWORD", "brug");
            Result result = crashUnderLoad(environment, "postgresql");
            report("PostgreSQL (fsync on)", result, references(server.jdbcUrl("brug"), "brug", "brug"));
        }
    }

    private record Result(Set<String> acknowledged, boolean restarted) {
    }

    private Result crashUnderLoad(Map<String, String> environment, String name) throws Exception {
        Path log = Path.of("target", "durability", name + ".log");
        Files.deleteIfExists(log);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (BrowserSession browser = BrowserSupport.launchChromium()) {
            BrugJar brug = BrugJar.start(BrugJar.built(), environment, List.of(), log, Duration.ofSeconds(120));
            new FirstSteps(brug.baseUrl()).readyForAMediator(browser, ADMIN_PASSWORD, OWN_PASSWORD).context().close();

            // Playwright pages are not thread-safe: each writer has its own Playwright, browser and session.
            CountDownLatch enough = new CountDownLatch(KILL_AFTER);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                writers.submit(() -> write(brug.baseUrl(), number, acknowledged, enough, killed));
            }
            boolean reached = enough.await(5, TimeUnit.MINUTES);
            killed.set(true);
            brug.kill();
            writers.shutdown();
            writers.awaitTermination(2, TimeUnit.MINUTES);
            assertThat(reached).as("the writers registered " + KILL_AFTER + " cases before the kill").isTrue();

            // Restarting proves the database recovers; stopping it normally frees the H2 file for reading.
            try (BrugJar again = BrugJar.start(BrugJar.built(), environment, List.of(), log, Duration.ofSeconds(120))) {
                assertThat(again.baseUrl()).isNotBlank();
            }
            return new Result(Set.copyOf(acknowledged), true);
        }
    }

    private static void write(String baseUrl, int writer, Set<String> acknowledged, CountDownLatch enough,
            AtomicBoolean killed) {
        try (BrowserSession session = BrowserSupport.launchChromium()) {
            Page page = session.newDutchPage();
            FirstSteps steps = new FirstSteps(baseUrl);
            new nl.brug.testsupport.BrugPage(page).logIn(baseUrl, "sanne", OWN_PASSWORD);
            for (int n = 1; !killed.get(); n++) {
                String reference = steps.registerCase(page, "Duurzaamheid " + writer + "-" + n, "Partij " + writer);
                acknowledged.add(reference);
                enough.countDown();
            }
        } catch (RuntimeException afterTheKill) {
            if (!killed.get()) {
                throw afterTheKill;
            }
        }
    }

    private static Set<String> references(String url, String user, String password) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select reference from mediation_case")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        return stored;
    }

    private static void report(String database, Result result, Set<String> stored) {
        List<String> lost = new ArrayList<>(result.acknowledged());
        lost.removeAll(stored);
        System.out.printf("Durability %s: %d registrations acknowledged before kill -9, %d lost; %d cases in the"
                + " database after the restart%n", database, result.acknowledged().size(), lost.size(), stored.size());
        assertThat(result.restarted()).isTrue();
        assertThat(lost).as("acknowledged registrations missing after kill -9 on " + database).isEmpty();
    }
}
