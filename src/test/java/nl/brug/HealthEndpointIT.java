package nl.brug;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.brug.testsupport.BrowserJourneyTest;

/**
 * What a proxy or an orchestrator sees of Brug over HTTP: the health status (and its liveness and readiness
 * probes) without a login and without details; no other actuator endpoint for an anonymous caller.
 */
@BrowserJourneyTest
class HealthEndpointIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups groups;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAnswersAnonymousCallersWithTheStatusOnly(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        // The status, and on the root the names of the two probes; never which components there are or
        // anything about them (database, disk, versions).
        assertThat(response.body().replace(" ", "")).contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "db", "diskSpace", "H2", "PostgreSQL");
    }

    @Test
    void readinessIncludesTheDatabase() {
        assertThat(groups.get("readiness")).isNotNull();
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).as("a slow database must not restart Brug").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
            "/actuator/loggers", "/actuator/heapdump", "/actuator/health/db"})
    void nothingElseIsOpenToAnAnonymousCaller(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("propertySources", "\"beans\"", "\"status\"", "jdbc:");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
