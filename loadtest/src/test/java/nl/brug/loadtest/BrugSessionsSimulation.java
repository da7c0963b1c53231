package nl.brug.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Mediators at work, each in a Brug session of their own, speaking Vaadin's protocol as the browser does (decision
 * 037): log in, Mijn werk, then over and over: the case list, a filter, one of their cases, a note in its journal,
 * with a think time before every step. The messages are the ones a real Chromium sent (captured once); elements
 * are found by the {@code id} Brug's views give them, so a changed layout does not break the test.
 *
 * <p>Users {@code load0001}... are made by {@code LoadTestData.java prepare}; every note's text starts with
 * {@code Belastingtest-notitie} and is checked on screen after saving, so the run script can compare the notes
 * Gatling saw saved with the notes in the database.
 *
 * <p>System properties: {@code users} (50), {@code brug.url} (http://localhost:18080), {@code rampSeconds}
 * (users / 5, at least 30: logins are spread the way a working morning spreads them), {@code steadySeconds} (120:
 * how long all users work at once), {@code thinkMinSeconds} / {@code thinkMaxSeconds} (3 / 7), {@code firstUser}
 * (1), {@code scenario} ({@code work}, or {@code open-list} for the memory measurement).
 */
public class BrugSessionsSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("brug.url", "http://localhost:18080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int FIRST_USER = Integer.getInteger("firstUser", 1);
    /** "work" (the default) or "open-list": log in, open the case list and leave the session open, for memory. */
    private static final String SCENARIO = System.getProperty("scenario", "work");
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", Math.max(30, USERS / 5)));
    private static final Duration WORK = RAMP.plusSeconds(Integer.getInteger("steadySeconds", 120));
    private static final Duration THINK_MIN = Duration.ofSeconds(Integer.getInteger("thinkMinSeconds", 3));
    private static final Duration THINK_MAX = Duration.ofSeconds(Integer.getInteger("thinkMaxSeconds", 7));
    private static final String PASSWORD = System.getProperty("password", "brug-demo-2026");
    private static final String NOTE_PREFIX = "Belastingtest-notitie";
    /** The journal's place among the case's sections (CaseView): overview, parties, sessions, journal. */
    private static final int JOURNAL_TAB = 3;

    /** What the browser tells Vaadin about itself when it asks for the UI; a desktop screen in Amsterdam. */
    private static final String BROWSER_DETAILS = "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false"
            + "&v-tzid=Europe%2FAmsterdam&v-wn=v-load&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private final HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) BrugLoadTest/1.0");

    private final Iterator<Map<String, Object>> mediators = IntStream.range(FIRST_USER, FIRST_USER + USERS)
            .<Map<String, Object>>mapToObj(i -> Map.of("username", String.format("load%04d", i),
                    "filter", String.format("l%04d-", i)))
            .iterator();

    // --- Vaadin's protocol ------------------------------------------------------------------------------------

    /** The node of the element with this {@code id} attribute, as Vaadin announces it. */
    private static CheckBuilder.Final node(String elementId, String saveAs) {
        return regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + elementId + "\"\\}")
                .saveAs(saveAs);
    }

    /** The id of the grid's latest data update, which the browser confirms in its next message. */
    private static CheckBuilder.Final gridUpdate() {
        return regex(",(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"").saveAs("gridUpdate");
    }

    /** The UI's first message: its id, the session's csrf token and the first sync ids. */
    private static HttpRequestActionBuilder init(String name, String location) {
        return http(name).get("/?v-r=init&location=" + location + BROWSER_DETAILS)
                .check(status().is(200), regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                        regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                        regex("\"syncId\":(-?\\d+)").saveAs("syncId"), regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    /**
     * One message with the browser's calls to the server. An answer that carries Brug's unexpected-error
     * notification, an application error or an expired session counts as an error.
     */
    private static HttpRequestActionBuilder uidl(String name, String rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[" + rpc
                        + "],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200), regex("\"syncId\":(-?\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"),
                        substring("unexpected-error").notExists(), substring("\"appError\"").notExists(),
                        substring("sessionExpired").notExists());
    }

    private static String navigate(String route, String trigger) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"Brug\",\"historyState\":{\"idx\":0},\"trigger\":\"" + trigger
                + "\"}}";
    }

    private static String confirmGridUpdate() {
        return "{\"type\":\"publishedEventHandler\",\"node\":#{gridNode},\"templateEventMethodName\":\"confirmUpdate\","
                + "\"templateEventMethodArgs\":[#{gridUpdate}],\"promise\":0}";
    }

    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":377,\"event.clientY\":489,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":586,\"event.screenX\":387}";

    private static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    // --- the mediator's steps ---------------------------------------------------------------------------------

    private static final ChainBuilder LOG_IN = group("1 inloggen").on(
            exec(http("inlogpagina").get("/login")
                    .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf"))),
            exec(init("inlogpagina init", "login")),
            exec(uidl("inlogformulier", navigate("/login", "")).check(substring("vaadin-login-form"))),
            exec(http("inloggen").post("/login")
                    .formParam("_csrf", "#{formCsrf}")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    // Spring Security sends a failed login back to /login?error.
                    .check(status().is(200), currentLocationRegex(".*/login.*").notExists())));

    private static final ChainBuilder MY_WORK = group("2 mijn werk").on(
            exec(init("mijn werk init", "")),
            exec(uidl("mijn werk", navigate("/", "")).check(node("mywork-cases", "myWork"))));

    private static final ChainBuilder CASE_LIST = group("3 zakenlijst").on(
            exec(uidl("zakenlijst", navigate("cases", "client"))
                    .check(node("case-grid", "gridNode"), node("cases-filter-text", "filterNode"), gridUpdate())));

    private static final ChainBuilder FILTER = group("4 filteren").on(
            exec(uidl("filteren", confirmGridUpdate()
                    + ",{\"type\":\"mSync\",\"node\":#{filterNode},\"feature\":1,\"property\":\"value\",\"value\":\"#{filter}\"}"
                    + ",{\"type\":\"event\",\"node\":#{filterNode},\"event\":\"input\",\"data\":{\"1\":1,"
                    + "\"element.value\":\"#{filter}\",\"for\":\"trailing\"}}")
                    // The user's own cases, L0001-1 ...: one of them is opened next.
                    .check(regex("\"href\",\"feat\":3,\"value\":\"cases/(L\\d{4}-\\d+)\"").findRandom().saveAs("caseRef"),
                            gridUpdate())));

    private static final ChainBuilder OPEN_CASE = group("5 zaak openen").on(
            exec(uidl("zaak openen", confirmGridUpdate() + "," + navigate("cases/#{caseRef}", "link"))
                    // The sections' tabs carry the selected section; only a TabSheet puts an element in slot "tabs".
                    .check(node("case-title", "caseTitle"),
                            regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"slot\",\"feat\":3,\"value\":\"tabs\"\\}")
                                    .saveAs("sectionsNode"))));

    private static final ChainBuilder ADD_NOTE = group("6 notitie toevoegen").on(
            exec(uidl("journaal", "{\"type\":\"mSync\",\"node\":#{sectionsNode},\"feature\":1,\"property\":\"selected\","
                    + "\"value\":" + JOURNAL_TAB + "},{\"type\":\"event\",\"node\":#{sectionsNode},\"event\":\"selected-changed\","
                    + "\"data\":{}}")
                    .check(node("note-text", "noteNode"), node("add-note", "addNoteNode"))),
            exec(session -> session.set("noteText", NOTE_PREFIX + " " + session.getString("username") + " "
                    + UUID.randomUUID())),
            // Typing the note is the think time between opening the journal and saving.
            think(),
            exec(uidl("notitie opslaan", "{\"type\":\"mSync\",\"node\":#{noteNode},\"feature\":1,\"property\":\"value\","
                    + "\"value\":\"#{noteText}\"},{\"type\":\"event\",\"node\":#{noteNode},\"event\":\"change\",\"data\":{}},"
                    + "{\"type\":\"event\",\"node\":#{addNoteNode},\"event\":\"click\",\"data\":" + CLICK_DATA + "}")
                    // Saved means: the journal shows the note again, read back from the database.
                    .check(substring("#{noteText}"))));

    private final ScenarioBuilder mediatorAtWork = scenario("Bemiddelaar aan het werk")
            .feed(mediators)
            .exec(LOG_IN, think(), MY_WORK)
            .during(WORK, "iteration", false).on(
                    exitBlockOnFail().on(think(), CASE_LIST, think(), FILTER, think(), OPEN_CASE, think(), ADD_NOTE),
                    // After an error the user reloads the page, as one would in the browser: a new UI, in sync again.
                    doIf(Session::isFailed).then(exec(Session::markAsSucceeded), think(), MY_WORK));

    /** Mediators who open the case list and leave it open: what a session holds, measured by the run script. */
    private final ScenarioBuilder mediatorWithListOpen = scenario("Bemiddelaar met de zakenlijst open")
            .feed(mediators)
            .exec(LOG_IN, MY_WORK, CASE_LIST)
            // As the browser does at once: it confirms the grid's rows. Vaadin keeps each UI's last answer for a
            // resend, so ending on the list's large answer would count it as part of the session.
            .exec(uidl("zakenlijst bevestigen", confirmGridUpdate()));

    {
        ScenarioBuilder chosen = SCENARIO.equals("open-list") ? mediatorWithListOpen : mediatorAtWork;
        setUp(chosen.injectOpen(rampUsers(USERS).during(RAMP))).protocols(httpProtocol);
    }
}
