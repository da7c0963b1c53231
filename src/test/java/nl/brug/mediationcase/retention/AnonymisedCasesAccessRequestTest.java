package nl.brug.mediationcase.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseIntegrationTest;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseTestSupport;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.subjectaccess.PartyMatch;
import nl.brug.mediationcase.subjectaccess.SubjectAccessService;
import nl.brug.security.BrugUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An access request finds the person's anonymised cases (decision 034): anonymising keeps keyed fingerprints of
 * each party's name, e-mail address and phone number, and a search by exactly one of them (however written)
 * lists the case as "no data left", in the search, the exports and the audit trail; nothing readable of the
 * person is kept, and fingerprints made with another key are not found. The test clock stands at 11-03-2026.
 */
@CaseIntegrationTest
class AnonymisedCasesAccessRequestTest extends CaseTestSupport {

    @Autowired
    CaseAnonymiser anonymiser;
    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    FingerprintKey keys;
    @Autowired
    BrugClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    private BrugUser mediator;
    private BrugUser supervisor;
    private LocalDate now;
    /** Anna de Vries's case, closed two years and a day ago and anonymised. */
    private String old;

    @BeforeEach
    void annasCaseIsAnonymised() {
        mediator = fixture.mediator("mira", "Mira Bemiddelaar");
        supervisor = fixture.supervisor("sven", "Sven Supervisor");
        now = today();
        old = closedCase(now.minusYears(2).minusDays(1),
                PartyData.person("Anna de Vries", PartyRole.REQUESTING_PARTY).withContact("anna@example.nl",
                        "06-12345678"),
                PartyData.person("Kees Bakker", PartyRole.OTHER_PARTY));

        assertThat(anonymiser.anonymiseDue().anonymised()).containsExactly(old);
    }

    @Test
    void herNameHowEverWrittenHerEMailAddressAndHerPhoneNumberFindTheCaseWithNoDataLeft() {
        for (String query : List.of("Anna de Vries", "  ANNA   de  vriës ", "anna DE VRIES", "ANNA@EXAMPLE.NL",
                " Anna@Example.nl", "+31 6 1234 5678", "0031612345678", "06 12 34 56 78")) {
            assertThat(find(query)).as(query).singleElement().satisfies(match -> {
                assertThat(match.caseReference()).isEqualTo(old);
                assertThat(match.anonymisedOn()).isEqualTo(now);
                assertThat(match.partyName()).isEqualTo(CaseAnonymiser.BLANK);
                assertThat(match.email()).isNull();
                assertThat(match.phone()).isNull();
            });
        }
    }

    @Test
    void anotherPersonAPartOfTheNameOrANearMissIsNotFound() {
        for (String query : List.of("Anna de Vos", "Anna", "de Vries", "Anna de Vries-Bakker", "Ana de Vries",
                "anna@example.com", "06-12345679", "Kees")) {
            assertThat(find(query)).as(query).isEmpty();
        }
        assertThat(find("Kees Bakker")).as("the other party is found by their own name")
                .extracting(PartyMatch::caseReference).containsExactly(old);
    }

    @Test
    void sheIsListedAlongsideHerLiveCasesAndTheExportsAndTheAuditNameTheAnonymisedCase() {
        String live = register(mediator, new CaseRegistration(CaseOverview.of("Heg aan de Lindelaan",
                CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF), List.of(
                PartyData.person("Anna de Vries", PartyRole.REQUESTING_PARTY).withContact("anna@example.nl", null))));

        List<PartyMatch> found = find("Anna de Vries");
        assertThat(found).extracting(PartyMatch::caseReference).containsExactlyInAnyOrder(old, live);
        assertThat(found).filteredOn(m -> m.caseReference().equals(live)).singleElement()
                .satisfies(m -> assertThat(m.anonymisedOn()).isNull());
        List<Long> hers = found.stream().map(PartyMatch::partyId).toList();

        String dutch = fixture.as(supervisor, () -> subjectAccess.html(hers, BrugI18NProvider.DUTCH));
        String english = fixture.as(supervisor, () -> subjectAccess.html(hers, Locale.ENGLISH));
        String json = fixture.as(supervisor, () -> subjectAccess.json(hers));
        String date = DisplayFormats.date(now);
        assertThat(dutch).contains("Zaak " + old + ": geanonimiseerd op " + date + " — er zijn geen gegevens meer",
                "Heg aan de Lindelaan", "Anna de Vries", "Aantal zaken: 2");
        assertThat(english).contains("Case " + old + ": anonymised on " + date + " — no data left");
        JsonNode anonymised = JsonMapper.builder().build().readTree(json).get("anonymisedCases");
        assertThat(anonymised).singleElement().satisfies(c -> {
            assertThat(c.get("reference").asString()).isEqualTo(old);
            assertThat(c.get("anonymisedOn").asString()).isEqualTo(now.toString());
        });
        for (String export : List.of(dutch, english, json)) {
            assertThat(export).as("no fingerprint leaves the database").doesNotContain(fingerprintTexts())
                    .doesNotContain("Kees");
        }

        List<String> audit = fixture.jdbc().sql("select action || ' ' || detail from audit_log"
                + " where action like 'SUBJECT_ACCESS%' order by id").query(String.class).list();
        assertThat(audit).hasSize(4);
        assertThat(audit.getFirst()).startsWith("SUBJECT_ACCESS_SEARCHED 2 ").contains(old, live);
        assertThat(audit.subList(1, 4)).allSatisfy(row -> assertThat(row).contains(old, live));
    }

    @Test
    void onlyHerAnonymisedCaseChosenMakesAnExportThatSaysSo() {
        List<Long> hers = find("anna@example.nl").stream().map(PartyMatch::partyId).toList();

        String html = fixture.as(supervisor, () -> subjectAccess.html(hers, BrugI18NProvider.DUTCH));

        assertThat(html).contains("<title>Inzageverzoek</title>", "Aantal zaken: 1",
                "geanonimiseerd op " + DisplayFormats.date(now) + " — er zijn geen gegevens meer")
                .doesNotContain(CaseAnonymiser.BLANK + ", ", "Vries");
    }

    @Test
    void nothingReadableOfHerIsKeptOnlyBytes() {
        for (String word : List.of("vries", "anna@example", "12345678", "kees bakker")) {
            assertThat(TextColumns.containing(fixture.jdbc(), word)).as(word).isEmpty();
        }
        assertThat(fixture.jdbc().sql("select count(*) from anonymised_party_fingerprint").query(Long.class).single())
                .as("two names, one e-mail address, one phone number").isEqualTo(4);
        byte[] key = fixture.jdbc().sql("select secret from retention_fingerprint_key")
                .query((rows, number) -> rows.getBytes(1)).single();
        assertThat(key).hasSizeGreaterThanOrEqualTo(FingerprintKey.MIN_BYTES);
    }

    @Test
    void anotherKeyNoLongerFindsWhatTheOldKeyFingerprinted() {
        assertThat(find("Anna de Vries")).hasSize(1);

        // A configured key where the stored one was used: the earlier fingerprints are not found (decision 034).
        String configured = Base64.getEncoder().encodeToString(randomBytes(32));
        FingerprintKey otherKey = new FingerprintKey(new RetentionProperties(Period.ofYears(2), LocalTime.of(3, 30),
                configured), fixture.jdbc(), clock, transactions);
        PartyFingerprints withOtherKey = new PartyFingerprints(fixture.jdbc(), otherKey);
        assertThat(withOtherKey.anonymisedParties(PartyFingerprints.Kind.NAME, "Anna de Vries")).isEmpty();
        assertThat(new PartyFingerprints(fixture.jdbc(), keys).anonymisedParties(PartyFingerprints.Kind.NAME,
                "Anna de Vries")).hasSize(1);

        // The stored key changed (or lost and made anew): the same.
        fixture.jdbc().sql("update retention_fingerprint_key set secret = :secret").param("secret", randomBytes(32))
                .update();
        assertThat(find("Anna de Vries")).isEmpty();
        assertThat(find("+31 6 1234 5678")).isEmpty();
    }

    @Test
    void aConfiguredKeyMustBeBase64OfAtLeast32Bytes() {
        assertThatThrownBy(() -> FingerprintKey.configured("not base64!")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("brug.retention.fingerprint-key");
        assertThatThrownBy(() -> FingerprintKey.configured(Base64.getEncoder().encodeToString(randomBytes(31))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("31 bytes");
        assertThat(FingerprintKey.configured(Base64.getEncoder().encodeToString(randomBytes(32)))).hasSize(32);
        assertThat(FingerprintKey.configured(" ")).isNull();
        assertThat(new RetentionProperties(Period.ofYears(2), LocalTime.of(3, 30), "c2VjcmV0").toString())
                .as("the key is never printed").doesNotContain("c2VjcmV0");
    }

    private List<PartyMatch> find(String query) {
        return fixture.as(supervisor, () -> subjectAccess.find(query));
    }

    /** Each stored fingerprint as hex and as base64, the ways an export might show bytes. */
    private String[] fingerprintTexts() {
        return fixture.jdbc().sql("select fingerprint from anonymised_party_fingerprint")
                .query((rows, number) -> rows.getBytes(1)).list().stream()
                .flatMap(bytes -> java.util.stream.Stream.of(HexFormat.of().formatHex(bytes),
                        Base64.getEncoder().encodeToString(bytes)))
                .toArray(String[]::new);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A case with these parties, registered and closed by its mediator on {@code closedOn}; the clock returns. */
    private String closedCase(LocalDate closedOn, PartyData... parties) {
        fixture.clock().setDate(closedOn.minusDays(20));
        String reference = register(mediator, new CaseRegistration(CaseOverview.of("Geluid op de Oudegracht",
                CaseKind.HORIZONTAL, Theme.NOISE, Source.PARTY_ITSELF), List.of(parties)));
        fixture.run(supervisor, () -> cases.assignMediators(reference, caseVersion(supervisor, reference),
                mediator.accountId(), null));
        fixture.clock().setDate(closedOn);
        close(mediator, reference, TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"));
        fixture.clock().setDate(now);
        return reference;
    }
}
