package nl.brug.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.brug.audit.AuditAction;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseNotFoundException;
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
import nl.brug.testsupport.BrugSpringTest;

/**
 * Calendars: the .ics of a session and a mediator's feed, read back with ical4j. Times across the change to
 * winter time (25 Oct 2026), only the mediator's own sessions, cancelled ones with the same UID, no party
 * names, and an address that stops working when it is withdrawn or replaced.
 */
@BrugSpringTest
class CalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Names that must never reach a calendar. */
    private static final String PARTY = "Zebedeus Quackenbusch";
    private static final String OTHER_PARTY = "Ottoline Wirtzfeld";

    @Autowired
    CaseTestFixture fixture;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;
    @Autowired
    CalendarService calendar;
    @Autowired
    CalendarSubscriptionService subscriptions;

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser olaf;
    private String annasCase = "";
    private String bertsCase = "";

    @BeforeEach
    void twoCasesWithSessionsAroundTheChangeToWinterTime() {
        fixture.reset();
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        olaf = fixture.mediator("olaf", "Olaf Smit");
        annasCase = fixture.as(anna, () -> cases.register(registration(PARTY)));
        bertsCase = fixture.as(bert, () -> cases.register(registration(OTHER_PARTY)));
        fixture.run(anna, () -> {
            work.planSession(annasCase, session(SessionKind.JOINT, LocalDateTime.of(2026, 10, 24, 10, 0),
                    "Buurthuis De Brug"));
            work.planSession(annasCase, session(SessionKind.INDIVIDUAL, LocalDateTime.of(2026, 10, 31, 10, 0),
                    "Wijkcentrum"));
            work.planSession(annasCase, session(SessionKind.INTAKE, LocalDateTime.of(2026, 11, 2, 14, 0),
                    "Gaat niet door"));
        });
        fixture.run(bert, () -> work.planSession(bertsCase, session(SessionKind.INTAKE,
                LocalDateTime.of(2026, 10, 26, 9, 0), "Bij Bert")));
        fixture.clock().setDate(LocalDate.of(2026, 10, 20));
    }

    @AfterEach
    void nobodySignedIn() {
        fixture.signOut();
    }

    @Test
    void aSessionDownloadsAsAnEventInAmsterdamTimeWithItsTimeZone() throws Exception {
        CaseDetails.SessionView joint = sessions(anna).get(0);

        var file = fixture.as(anna, () -> calendar.sessionEvent(annasCase, joint.id(), Locale.of("nl")));

        String text = new String(file.content(), StandardCharsets.UTF_8);
        Calendar parsed = parse(text);
        assertThat(parsed.getComponent(Component.VTIMEZONE)).isPresent();
        assertThat(text).contains("TZID:Europe/Amsterdam", "DTSTART;TZID=Europe/Amsterdam:20261024T100000",
                "UID:session-" + joint.id() + "@brug", "LOCATION:Buurthuis De Brug", annasCase)
                .doesNotContain(PARTY, "Quackenbusch");
        assertThat(events(parsed)).hasSize(1);
        assertThat(start(events(parsed).get(0))).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(file.fileName()).endsWith(".ics");
        assertThat(fixture.count("audit_log where action = '" + AuditAction.CALENDAR_EVENT_DOWNLOADED + "'"))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoMayNotOpenTheCaseCannotDownloadItsSession() {
        long id = sessions(anna).get(0).id();

        assertThatThrownBy(() -> fixture.as(olaf, () -> calendar.sessionEvent(annasCase, id, Locale.of("nl"))))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> fixture.as(bert, () -> calendar.sessionEvent(annasCase, id, Locale.of("nl"))))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void theFeedHoldsTheMediatorsOwnSessionsAtTheRightLocalTimesAcrossDaylightSaving() throws Exception {
        NewCalendarAddress address = fixture.as(anna, () -> subscriptions.renew());
        CaseDetails.SessionView intake = sessions(anna).get(2);
        fixture.run(anna, () -> work.updateSession(annasCase, intake.id(), intake.version(),
                intake.data().cancelled()));

        String text = subscriptions.feed(address.token()).orElseThrow();

        Calendar parsed = parse(text);
        assertThat(parsed.getComponent(Component.VTIMEZONE)).isPresent();
        List<VEvent> events = events(parsed);
        assertThat(events).extracting(CalendarTest::location)
                .containsExactly("Buurthuis De Brug", "Wijkcentrum", "Gaat niet door");
        // 10:00 local both times: summer time (UTC+2) before 25 October, winter time (UTC+1) after.
        assertThat(events.get(0).<DtStart<ZonedDateTime>>getProperty("DTSTART").orElseThrow().getDate()
                .withZoneSameInstant(AMSTERDAM).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 24, 10, 0));
        assertThat(events.get(1).<DtStart<ZonedDateTime>>getProperty("DTSTART").orElseThrow().getDate()
                .withZoneSameInstant(AMSTERDAM).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 31, 10, 0));
        assertThat(start(events.get(0))).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2026-10-31T09:00:00Z"));
        // The cancelled session: same UID as before, status cancelled, a higher sequence.
        VEvent cancelled = events.get(2);
        assertThat(value(cancelled, "UID")).isEqualTo("session-" + intake.id() + "@brug");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, "SEQUENCE"))).isGreaterThan((int) intake.version());
        assertThat(value(events.get(0), "STATUS")).isEqualTo("CONFIRMED");
        // Bert's session is not Anna's; no party's name anywhere.
        assertThat(text).doesNotContain("Bij Bert", bertsCase, PARTY, OTHER_PARTY, "Quackenbusch", "Wirtzfeld",
                "Anna de Vries");
    }

    @Test
    void aCoMediatorSeesTheCasesSessionsToo() {
        fixture.run(fixture.supervisor("carla", "Carla Jansen"), () -> cases.assignMediators(bertsCase,
                cases.details(bertsCase).version(), bert.accountId(), anna.accountId()));
        NewCalendarAddress address = fixture.as(anna, () -> subscriptions.renew());

        assertThat(subscriptions.feed(address.token()).orElseThrow()).contains("Bij Bert", bertsCase)
                .doesNotContain(OTHER_PARTY);
    }

    @Test
    void aReplacedOrWithdrawnOrUnknownAddressFindsNothing() {
        NewCalendarAddress first = fixture.as(anna, () -> subscriptions.renew());
        assertThat(first.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(fixture.as(anna, () -> subscriptions.mine()).exists()).isTrue();
        // Only the hash is kept.
        assertThat(fixture.jdbc().sql("select token_hash from calendar_subscription").query(String.class).single())
                .hasSize(64).isNotEqualTo(first.token());

        NewCalendarAddress second = fixture.as(anna, () -> subscriptions.renew());
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(subscriptions.feed(first.token())).isEmpty();
        assertThat(subscriptions.feed(second.token())).isPresent();

        fixture.run(anna, () -> subscriptions.revoke());
        assertThat(subscriptions.feed(second.token())).isEmpty();
        assertThat(fixture.as(anna, () -> subscriptions.mine()).exists()).isFalse();
        assertThat(subscriptions.feed("x".repeat(43))).isEmpty();
        assertThat(subscriptions.feed("")).isEmpty();
    }

    @Test
    void aDeactivatedMediatorsAddressFindsNothing() {
        NewCalendarAddress address = fixture.as(anna, () -> subscriptions.renew());
        fixture.jdbc().sql("update account set enabled = false where id = ?").param(anna.accountId()).update();

        assertThat(subscriptions.feed(address.token())).isEmpty();
    }

    private List<CaseDetails.SessionView> sessions(BrugUser user) {
        return fixture.as(user, () -> cases.details(annasCase)).sessions();
    }

    private static CaseRegistration registration(String partyName) {
        return new CaseRegistration(CaseOverview.of("Burenruzie", CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE,
                Source.PARTY_ITSELF), List.of(PartyData.person(partyName, PartyRole.REQUESTING_PARTY)));
    }

    private static SessionData session(SessionKind kind, LocalDateTime start, String location) {
        return SessionData.planned(kind, start, start.plusHours(1), location);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.<DtStart<ZonedDateTime>>getProperty("DTSTART").orElseThrow().getDate());
    }

    private static String location(VEvent event) {
        return value(event, "LOCATION");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
