package nl.brug;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import com.microsoft.playwright.Page;

import nl.brug.testsupport.BrowserSupport;
import nl.brug.testsupport.BrowserSupport.BrowserSession;
import nl.brug.testsupport.BrugJar;
import nl.brug.testsupport.FirstSteps;
import nl.brug.testsupport.PostgresServer;
import nl.brug.testsupport.ReadmeSection;

/**
 * The README's "PostgreSQL in production" section, done exactly as written: its SQL as the superuser of a
 * fresh PostgreSQL server, then the production jar started with its variables (the server's address in
 * {@code BRUG_DB_URL}, nothing else changed). Then a person's first steps through the browser: the first
 * administrator, a mediator, the mediator's login, and a registered case, which is in PostgreSQL afterwards.
 */
class ReadmePostgresqlIT {

    private static final String README_HOST = "db.example.internal:5432";
    private static final String ADMIN_PASSWORD = "Lantaarnpaal-Zeewind-42";
    private static final String OWN_PASSWORD = "Kruispunt-Merel-Zonnebloem-7";

    @Test
    void theReadmesPostgresqlSectionWorksAsWritten(TestInfo test) throws Exception {
        ReadmeSection readme = ReadmeSection.read("PostgreSQL in production");
        Map<String, String> environment = new HashMap<>(readme.exports());
        assertThat(environment).containsKeys("SPRING_PROFILES_ACTIVE", "BRUG_DB_URL", "BRUG_DB_USER", "BRUG_DB_PASSWORD");
        assertThat(environment.get("BRUG_DB_URL")).contains(README_HOST);
        List<String> java = readme.commandLines("java");
        assertThat(java).hasSize(1);
        Path jar = Path.of("target", java.getFirst().substring(java.getFirst().lastIndexOf(' ') + 1));
        assertThat(jar).as("the jar the README starts is the one the build makes").isEqualTo(BrugJar.built());

        try (PostgresServer server = PostgresServer.start(true); BrowserSession browser = BrowserSupport.launchChromium()) {
            server.executeAsSuperuser("postgres", readme.sqlStatements().toArray(String[]::new));
            environment.put("BRUG_DB_URL", environment.get("BRUG_DB_URL")
                    .replace(README_HOST, "127.0.0.1:" + server.port()));

            String reference;
            // Ready in about 15 s on an idle 2-core machine; the margin is for a machine busy with other builds
            // (measured: 2 minutes were not enough at a load average of 15).
            try (BrugJar brug = BrugJar.start(jar, environment, List.of(),
                    Path.of("target", "readme-postgresql", "brug.log"), Duration.ofMinutes(5))) {
                FirstSteps steps = new FirstSteps(brug.baseUrl());
                Page mediator = steps.readyForAMediator(browser, ADMIN_PASSWORD, OWN_PASSWORD);
                try {
                    reference = steps.registerCase(mediator, "Overlast trappenhuis", "Fatima de Jong");
                } finally {
                    BrowserSupport.screenshot(mediator, test, "");
                }
                assertThat(brug.output()).contains("The following 1 profile is active: \"postgresql\"");
            }

            // Written to PostgreSQL, readable with the role and password the README created.
            try (Connection connection = DriverManager.getConnection(environment.get("BRUG_DB_URL"),
                    environment.get("BRUG_DB_USER"), environment.get("BRUG_DB_PASSWORD"));
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select reference, title from mediation_case")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("reference")).isEqualTo(reference);
                assertThat(rows.getString("title")).isEqualTo("Overlast trappenhuis");
                assertThat(rows.next()).isFalse();
            }
        }
    }
}
