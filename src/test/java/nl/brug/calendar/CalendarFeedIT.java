package nl.brug.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseTestFixture;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.security.BrugUser;
import nl.brug.testsupport.BrowserJourneyTest;

/**
 * The feed as a phone's calendar meets it: plain HTTP, no login, no cookie, no CSRF token. A valid address
 * answers text/calendar; an unknown or withdrawn one 404, never the login page.
 */
@BrowserJourneyTest
class CalendarFeedIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    CaseTestFixture fixture;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;
    @Autowired
    CalendarSubscriptionService subscriptions;

    @AfterEach
    void nobodySignedIn() {
        fixture.signOut();
    }

    @Test
    void aPhoneGetsTheCalendarWithoutLoggingIn() throws Exception {
        fixture.reset();
        BrugUser anna = fixture.mediator("anna", "Anna de Vries");
        String reference = fixture.as(anna, () -> cases.register(new CaseRegistration(CaseOverview.of("Burenruzie",
                CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF),
                List.of(PartyData.person("Zebedeus Quackenbusch", PartyRole.REQUESTING_PARTY)))));
        LocalDateTime start = fixture.clock().today().plusDays(7).atTime(10, 0);
        fixture.run(anna, () -> work.planSession(reference,
                SessionData.planned(SessionKind.JOINT, start, start.plusHours(1), "Buurthuis")));
        NewCalendarAddress address = fixture.as(anna, () -> subscriptions.renew());

        HttpResponse<String> response = get(address.path());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR").contains("LOCATION:Buurthuis", reference)
                .doesNotContain("Quackenbusch");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();

        fixture.run(anna, () -> subscriptions.revoke());
        assertThat(get(address.path()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownAddressIsNotFound() throws Exception {
        assertThat(get("/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/nonsense.ics").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
