package nl.brug.mediationcase.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseIntegrationTest;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseTestFixture;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
import nl.brug.security.BrugUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's request to see their data: found by name, e-mail address or phone number; exported with their own
 * party records and what their cases hold about them, never a confidential note's text and nothing of another
 * case; only by a supervisor; every search and export in the audit trail with the case references.
 */
@CaseIntegrationTest
class SubjectAccessServiceTest {

    private static final String CONFIDENTIAL = "Piet vertelde in vertrouwen over zijn schulden";

    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;
    @Autowired
    CaseTestFixture fixture;

    private BrugUser anna;
    private BrugUser carla;
    private BrugUser bram;
    /** Piet's hedge case: Piet and Henk, with sessions, items and notes. */
    private String hedge;
    /** Piet again, recorded with his phone number in international form. */
    private String parking;
    /** A case of other people. */
    private String noise;

    @BeforeEach
    void threeCasesTwoOfThemPiets() {
        fixture.reset();
        anna = fixture.mediator("anna", "Anna de Vries");
        carla = fixture.supervisor("carla", "Carla Jansen");
        bram = fixture.admin("bram", "Bram Beheer");
        hedge = register("Heg tussen twee tuinen",
                PartyData.person("Piet Post", PartyRole.REQUESTING_PARTY).withContact("piet.post@example.org",
                        "06-12345678"),
                PartyData.person("Henk Mulder", PartyRole.OTHER_PARTY).withContact("henk@example.org", null));
        parking = register("Parkeren voor de deur",
                PartyData.person("Piet Post", PartyRole.OTHER_PARTY).withContact(null, "+31 6 1234 5678"),
                PartyData.person("Saskia de Wit", PartyRole.REQUESTING_PARTY));
        noise = register("Geluidsoverlast Lindelaan", PartyData.person("Kees Visser", PartyRole.REQUESTING_PARTY));

        LocalDateTime soon = LocalDateTime.ofInstant(fixture.clock().instant(), DisplayFormats.ZONE).plusDays(3)
                .withHour(10).withMinute(0);
        fixture.run(anna, () -> {
            work.planSession(hedge, session(soon, "Piet Post, Henk Mulder", "Eerste gezamenlijke gesprek"));
            work.planSession(hedge, session(soon.plusDays(1), "Henk Mulder alleen", "Gesprek zonder Piet erbij"));
            work.planSession(hedge, session(soon.plusDays(2), null, "Aanwezigen niet vastgelegd"));
            work.addAgreementItem(hedge, AgreementItemData.open("De heg wordt gesnoeid tot 1,80 m", "Piet Post", null));
            work.addAgreementItem(hedge, AgreementItemData.open("De schutting wordt hersteld", "Henk Mulder", null));
            work.addNote(hedge, "Intakegesprek met beide buren gevoerd", false);
            work.addNote(hedge, CONFIDENTIAL, true);
            work.addNote(noise, "Kees belde over de muziek van nummer 12", false);
        });
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    // --- finding ---------------------------------------------------------------------------------------

    @Test
    void aPartOfTheNameFindsThePersonInEveryCaseIgnoringCase() {
        List<PartyMatch> found = find("piet po");
        assertThat(found).extracting(PartyMatch::caseReference).containsExactlyInAnyOrder(hedge, parking);
        assertThat(found).extracting(PartyMatch::partyName).containsOnly("Piet Post");
        assertThat(found).filteredOn(m -> m.caseReference().equals(hedge)).singleElement()
                .satisfies(m -> {
                    assertThat(m.caseTitle()).isEqualTo("Heg tussen twee tuinen");
                    assertThat(m.role()).isEqualTo(PartyRole.REQUESTING_PARTY);
                    assertThat(m.email()).isEqualTo("piet.post@example.org");
                    assertThat(m.closedOn()).isNull();
                });
    }

    @Test
    void anEMailAddressIsComparedWholeIgnoringCase() {
        assertThat(find("PIET.Post@Example.org")).extracting(PartyMatch::caseReference).containsExactly(hedge);
        assertThat(find("piet.post@example")).isEmpty();
    }

    @Test
    void aPhoneNumberIsComparedByItsDigitsWhateverTheWayItIsWritten() {
        assertThat(find("06 1234 5678")).extracting(PartyMatch::caseReference).containsExactlyInAnyOrder(hedge, parking);
        assertThat(find("+31612345678")).extracting(PartyMatch::caseReference).containsExactlyInAnyOrder(hedge, parking);
        assertThat(find("06-12345679")).isEmpty();
    }

    @Test
    void lessThanThreeCharactersOfANameIsRefused() {
        assertThatThrownBy(() -> find("Pi")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry("query", "subjectAccess.query.tooShort"));
    }

    @Test
    void wildcardsInTheQueryAreTakenLiterally() {
        assertThat(find("%%%")).isEmpty();
        assertThat(find("___")).isEmpty();
    }

    @Test
    void onlyASupervisorSearchesAndExports() {
        long piet = find("Piet Post").getFirst().partyId();
        for (BrugUser other : List.of(anna, bram)) {
            fixture.signIn(other);
            assertThatThrownBy(() -> subjectAccess.find("Piet Post")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjectAccess.html(List.of(piet), Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjectAccess.json(List.of(piet))).isInstanceOf(AccessDeniedException.class);
            fixture.signOut();
        }
    }

    // --- exporting -------------------------------------------------------------------------------------

    @Test
    void theExportHoldsThePersonsDataAndNothingOfOtherCasesOrOtherPeoplesRecords() {
        List<Long> piet = pietsRecords();
        String html = fixture.as(carla, () -> subjectAccess.html(piet, BrugI18NProvider.DUTCH));
        String json = fixture.as(carla, () -> subjectAccess.json(piet));
        for (String export : List.of(html, json)) {
            assertThat(export).contains(hedge, parking, "Piet Post", "piet.post@example.org", "+31 6 1234 5678",
                    "Heg tussen twee tuinen", "Parkeren voor de deur",
                    "Eerste gezamenlijke gesprek", "Aanwezigen niet vastgelegd", "De heg wordt gesnoeid tot 1,80 m",
                    "Intakegesprek met beide buren gevoerd");
            assertThat(export).as("another case, another party's record, a session and an item without Piet")
                    .doesNotContain(noise, "Geluidsoverlast", "Kees", "henk@example.org", "Saskia",
                            "Gesprek zonder Piet erbij", "De schutting wordt hersteld");
        }
        assertThat(html).contains("<html lang=\"nl\"", "Zaak " + hedge + " — Heg tussen twee tuinen", "@page",
                "size: A4");
    }

    @Test
    void aConfidentialNoteIsListedWithItsDateButItsTextNeverAppears() throws Exception {
        List<Long> piet = pietsRecords();
        String html = fixture.as(carla, () -> subjectAccess.html(piet, BrugI18NProvider.DUTCH));
        String english = fixture.as(carla, () -> subjectAccess.html(piet, Locale.ENGLISH));
        String json = fixture.as(carla, () -> subjectAccess.json(piet));
        for (String export : List.of(html, english, json)) {
            assertThat(export).doesNotContain(CONFIDENTIAL, "schulden");
        }
        assertThat(html).contains("Vertrouwelijke notitie van ").contains(", niet getoond");
        assertThat(english).contains("<html lang=\"en\"", "Confidential note of ", ", not shown", "Your data as a party");

        JsonNode tree = JsonMapper.builder().build().readTree(json);
        JsonNode hedgeCase = caseIn(tree, hedge);
        assertThat(hedgeCase.get("confidentialNotes")).hasSize(1);
        assertThat(hedgeCase.get("confidentialNotes").get(0).propertyNames()).containsExactly("writtenAt");
        assertThat(hedgeCase.get("journalNotes")).hasSize(1);
        assertThat(hedgeCase.get("partyRecords")).singleElement()
                .satisfies(p -> assertThat(p.get("email").asString()).isEqualTo("piet.post@example.org"));
        assertThat(hedgeCase.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(tree.get("cases")).hasSize(2);
    }

    @Test
    void aNameWithMarkupIsShownAsTypedNeverRun() {
        String odd = register("Vreemde naam", PartyData.person("<script>alert('x')</script> Jansen",
                PartyRole.REQUESTING_PARTY));
        List<PartyMatch> found = find("Jansen");
        assertThat(found).extracting(PartyMatch::caseReference).containsExactly(odd);
        String html = fixture.as(carla, () -> subjectAccess.html(List.of(found.getFirst().partyId()), Locale.ENGLISH));
        assertThat(html).doesNotContain("<script>", "alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Jansen");
    }

    @Test
    void nothingChosenIsRefused() {
        assertThatThrownBy(() -> fixture.as(carla, () -> subjectAccess.json(List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldMessageKeys()).containsKey("parties"));
    }

    @Test
    void everySearchAndExportIsAuditedWithTheReferencesNotWhatWasSearchedFor() {
        List<Long> piet = pietsRecords();
        fixture.as(carla, () -> subjectAccess.html(piet, BrugI18NProvider.DUTCH));
        fixture.as(carla, () -> subjectAccess.json(piet));

        List<String> rows = fixture.jdbc().sql("select actor_username || ' ' || action || ' ' || detail from audit_log"
                + " where action like 'SUBJECT_ACCESS%' order by id").query(String.class).list();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("carla SUBJECT_ACCESS_SEARCHED 2 ").contains(hedge, parking);
        assertThat(rows.get(1)).isEqualTo("carla SUBJECT_ACCESS_EXPORTED html " + hedge + ", " + parking);
        assertThat(rows.get(2)).isEqualTo("carla SUBJECT_ACCESS_EXPORTED json " + hedge + ", " + parking);
        assertThat(String.join("\n", rows)).doesNotContain("Piet", "piet");
    }

    // --- set-up ----------------------------------------------------------------------------------------

    private List<PartyMatch> find(String query) {
        return fixture.as(carla, () -> subjectAccess.find(query));
    }

    private List<Long> pietsRecords() {
        return find("Piet Post").stream().map(PartyMatch::partyId).toList();
    }

    private String register(String title, PartyData... parties) {
        return fixture.as(anna, () -> cases.register(new CaseRegistration(
                CaseOverview.of(title, CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF),
                List.of(parties))));
    }

    private static SessionData session(LocalDateTime start, @Nullable String attendees, String location) {
        return new SessionData(SessionKind.JOINT, start, start.plusHours(1), location, false, attendees,
                SessionStatus.PLANNED, null);
    }

    private static JsonNode caseIn(JsonNode tree, String reference) {
        for (JsonNode c : tree.get("cases")) {
            if (c.get("reference").asString().equals(reference)) {
                return c;
            }
        }
        throw new AssertionError("No case " + reference + " in " + tree);
    }
}
