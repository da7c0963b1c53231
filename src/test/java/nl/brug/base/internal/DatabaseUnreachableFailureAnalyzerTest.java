package nl.brug.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLTransientConnectionException;

import org.flywaydb.core.internal.exception.FlywaySqlException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import com.zaxxer.hikari.pool.HikariPool;

/** The start's one sentence when the database is away: recognised in the cause chain, without the password. */
class DatabaseUnreachableFailureAnalyzerTest {

    private static final String URL = "jdbc:postgresql://db.example.internal:5432/brug";
    private static final String ACTION = "Check that PostgreSQL runs and that BRUG_DB_URL, BRUG_DB_USER and "
            + "BRUG_DB_PASSWORD are right (profile postgresql).";

    private static DatabaseUnreachableFailureAnalyzer analyzerFor(String url) {
        return new DatabaseUnreachableFailureAnalyzer(new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.password", "s3cret-password"));
    }

    /** What a start against a PostgreSQL that is not running throws: Flyway's bean, Hikari, the driver, the socket. */
    private static Exception refusedAtStart() {
        PSQLException driver = new PSQLException("Connection to db.example.internal:5432 refused. Check that the "
                + "hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        return new BeanCreationException("flywayInitializer", "Error creating bean with name 'flywayInitializer'",
                new HikariPool.PoolInitializationException(driver));
    }

    @Test
    void aRefusedConnectionAnywhereInTheChainIsSaidInOneSentenceWithTheAddressAndWhatToCheck() {
        FailureAnalysis analysis = analyzerFor(URL).analyze(refusedAtStart());

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("Brug cannot reach its database at " + URL + " (Connection refused).");
        assertThat(analysis.getAction()).isEqualTo(ACTION);
        assertThat(analysis.getCause()).isInstanceOf(BeanCreationException.class);
    }

    @Test
    void theFailureAsFlywayWrapsItIsRecognisedToo() {
        PSQLException driver = new PSQLException("Connection attempt timed out.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        FailureAnalysis analysis = analyzerFor(URL).analyze(new BeanCreationException("flywayInitializer",
                "failed", new FlywaySqlException("Unable to obtain connection from database", driver)));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).endsWith("(Connection attempt timed out.).");
    }

    @Test
    void hikarisTimeoutAndAnUnknownHostAreRecognised() {
        FailureAnalysis timeout = analyzerFor(URL).analyze(new BeanCreationException("entityManagerFactory", "failed",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
                        + "after 2000ms.")));
        assertThat(timeout).isNotNull();
        assertThat(timeout.getDescription()).contains("request timed out after 2000ms");

        FailureAnalysis unknownHost = analyzerFor(URL).analyze(new RuntimeException(new PSQLException(
                "The connection attempt failed.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new UnknownHostException("db.example.internal"))));
        assertThat(unknownHost).isNotNull();
        assertThat(unknownHost.getDescription())
                .isEqualTo("Brug cannot reach its database at " + URL + " (unknown host db.example.internal).");
    }

    @Test
    void aRefusedLoginIsSaidWithTheDatabasesOwnWords() {
        FailureAnalysis analysis = analyzerFor(URL).analyze(new RuntimeException(new PSQLException(
                "FATAL: password authentication failed for user \"brug\"", PSQLState.INVALID_PASSWORD)));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).endsWith("(FATAL: password authentication failed for user \"brug\").");
        assertThat(analysis.getAction()).isEqualTo(ACTION);
    }

    @Test
    void aPasswordInTheAddressIsNeverShown() {
        FailureAnalysis analysis = analyzerFor(URL + "?user=brug&password=s3cret-password&sslmode=require")
                .analyze(refusedAtStart());

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cret")
                .contains(URL + "?user=brug&password=****&sslmode=require");
        assertThat(DatabaseUnreachableFailureAnalyzer.withoutPassword("jdbc:postgresql://brug:s3cret@db/brug"))
                .isEqualTo("jdbc:postgresql://brug:****@db/brug");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzerFor(URL).analyze(new BeanCreationException("someBean", "Something else failed")))
                .isNull();
        assertThat(analyzerFor(URL).analyze(new IllegalStateException(new ConnectException("Connection refused"))))
                .as("a refused connection without any database in the chain is not the database").isNull();
        assertThat(analyzerFor(URL).analyze(new RuntimeException(new PSQLException("ERROR: relation \"x\" does not "
                + "exist", PSQLState.UNDEFINED_TABLE)))).as("the database answered").isNull();
    }

    @Test
    void theEmbeddedDatabaseGetsTheGeneralAction() {
        FailureAnalysis analysis = analyzerFor("jdbc:h2:tcp://localhost:9092/brug").analyze(refusedAtStart());

        assertThat(analysis).isNotNull();
        assertThat(analysis.getAction()).isEqualTo("Check that the database runs and that spring.datasource.url, "
                + "spring.datasource.username and spring.datasource.password are right.");
    }
}
