package nl.brug;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.brug.testsupport.BrowserJourneyTest;

/**
 * Behind a reverse proxy that terminates TLS, Brug builds its addresses (the login redirect) from the
 * proxy's {@code X-Forwarded-*} headers, which it trusts from a proxy on an internal address only (here:
 * the test on 127.0.0.1), as the README's production section says.
 */
@BrowserJourneyTest
class BehindAProxyIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void theLoginRedirectKeepsTheAddressTheUserTypedAtTheProxy() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/accounts"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "brug.example.org")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("https://brug.example.org/login");
    }

    @Test
    void withoutAProxyTheAddressIsBrugsOwn() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/accounts"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).matches("(http://localhost:" + port + ")?/login");
    }
}
