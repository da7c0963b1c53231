package nl.brug.testsupport;

import org.jspecify.annotations.Nullable;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database of a test run before any Spring context starts. By default the tests use the in-memory
 * H2 of the {@code test} profile. With {@code -Dbrug.test.database=postgresql} (the second Surefire run of
 * {@code ./mvnw verify}) this starts a throw-away PostgreSQL server and points the application at it through
 * system properties, which outrank every properties file; the server stops when the run ends.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private @Nullable PostgresServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("brug.test.database"))) {
            return;
        }
        PostgresServer started = PostgresServer.start(true);
        server = started;
        // As in production: Brug's own role owns its database and is no superuser (it still creates pg_trgm,
        // a trusted extension).
        started.executeAsSuperuser("postgres", "create user brug with password 'brug'",
                "create database brug owner brug encoding 'UTF8'");
        System.setProperty("spring.datasource.url", started.jdbcUrl("brug"));
        System.setProperty("spring.datasource.username", "brug");
        System.setProperty("spring.datasource.password", "brug");
        System.out.println("Tests run on " + started);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        PostgresServer started = server;
        if (started != null) {
            started.close();
        }
    }
}
