package nl.brug.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nl.brug.BrugApplication;

/**
 * Starts Brug for real with the {@code postgresql} profile against a port where nothing listens. It needs an
 * application of its own that fails to start, so it cannot use the shared test context.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableAtStartTest {

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aStartWithoutItsDatabaseSaysWhereItLookedAndWhatToCheck(CapturedOutput output) throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/brug";
        SpringApplication application = new SpringApplication(BrugApplication.class);
        application.setAdditionalProfiles("postgresql");
        // No web server: the database is reached before it would start (Flyway migrates first).
        application.setWebApplicationType(WebApplicationType.NONE);

        // The data source as application-postgresql.properties maps it, on the command line: the PostgreSQL test run
        // sets spring.datasource.* as system properties, which a command-line argument outranks.
        assertThatThrownBy(() -> application.run("--BRUG_DB_URL=" + url, "--BRUG_DB_PASSWORD=never-printed",
                "--spring.datasource.url=${BRUG_DB_URL}", "--spring.datasource.username=${BRUG_DB_USER:brug}",
                "--spring.datasource.password=${BRUG_DB_PASSWORD:}",
                "--spring.datasource.hikari.connection-timeout=2000", "--spring.main.banner-mode=off",
                // The levels of the test profile, so the rest of the test run logs as before.
                "--logging.level.root=warn", "--logging.level.nl.brug=info")).isInstanceOf(Exception.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Brug cannot reach its database at " + url + " (Connection refused).")
                .contains("Check that PostgreSQL runs and that BRUG_DB_URL, BRUG_DB_USER and BRUG_DB_PASSWORD are "
                        + "right (profile postgresql).")
                .doesNotContain("never-printed");
    }
}
