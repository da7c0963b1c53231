package nl.brug.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An instance's route ends every session id it hands out, also the new id a login gives the session, so that a
 * proxy can send each session to its own instance (decision 038). A bare Tomcat as Spring Boot makes it.
 */
class InstanceRouteTest {

    @Test
    void sessionIdsEndWithTheInstancesRouteAlsoAfterTheIdChanges() throws Exception {
        String[] ids = sessionIds("node7");

        assertThat(ids[0]).endsWith(".node7");
        assertThat(ids[1]).endsWith(".node7").isNotEqualTo(ids[0]);
    }

    @Test
    void withoutARouteSessionIdsArePlain() throws Exception {
        assertThat(sessionIds("")[0]).doesNotContain(".");
    }

    @Test
    void aRouteThatCouldBreakTheCookieIsRefused() {
        assertThatThrownBy(() -> new InstanceRoute("node 1; Path=/")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The session id a first request gets, and the one after {@code changeSessionId} (as a login does). */
    private static String[] sessionIds(String route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new InstanceRoute(route).customize(factory);
        factory.addInitializers(servletContext -> servletContext.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
                String first = request.getSession(true).getId();
                response.getWriter().print(first + " " + request.changeSessionId());
            }
        }).addMapping("/session"));
        WebServer server = factory.getWebServer();
        server.start();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getPort() + "/session")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().split(" ");
        } finally {
            server.stop();
        }
    }
}
