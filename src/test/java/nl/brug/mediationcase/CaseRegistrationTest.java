package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.municipality;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static nl.brug.mediationcase.CaseData.vertical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.base.FieldError;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;

@CaseIntegrationTest
class CaseRegistrationTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser carla;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
        carla = fixture.supervisor("carla", "Carla Jansen");
    }

    @Test
    void aMediatorWhoRegistersGetsAReferenceAndBecomesLead() {
        String reference = register(anna, horizontal("Geluidsoverlast Kanaalstraat", resident("Piet Post"),
                neighbour("Fatma Yilmaz")));

        assertThat(reference).isEqualTo("2026-0001").matches("\\d{4}-\\d{4}");
        CaseDetails details = details(anna, reference);
        assertThat(details.reference()).isEqualTo(reference);
        assertThat(details.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(details.overview().lead()).isEqualTo(new CaseDetails.Person(anna.accountId(), "Anna de Vries"));
        assertThat(details.overview().co()).isNull();
        assertThat(details.overview().dates().registeredOn()).isEqualTo(today());
        assertThat(details.overview().facts().title()).isEqualTo("Geluidsoverlast Kanaalstraat");
        assertThat(details.parties()).extracting(p -> p.data().name()).containsExactlyInAnyOrder("Piet Post",
                "Fatma Yilmaz");
        assertThat(details.history()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(CaseStatus.REGISTERED);
            assertThat(entry.actor()).isEqualTo("Anna de Vries");
            assertThat(entry.changedAt()).isEqualTo(fixture.clock().instant());
        });
        assertThat(details.actions().editable()).isTrue();
        assertThat(details.actions().nextSteps()).containsExactly(CaseStatus.INTAKE);
        assertThat(details.overview().lastChange().by()).isEqualTo("Anna de Vries");
        assertThat(fixture.count("mediation_case")).isEqualTo(1);
        assertThat(fixture.count("case_party")).isEqualTo(2);
        assertThat(fixture.count("case_history")).isEqualTo(1);
    }

    @Test
    void aSupervisorsRegistrationWaitsWithoutLead() {
        String reference = register(carla, horizontal("Jongeren bij het winkelcentrum", resident("Henk de Wit")));

        CaseDetails details = details(carla, reference);
        assertThat(details.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(details.overview().lead()).isNull();
        assertThat(details.overview().co()).isNull();
        assertThat(details.history()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("Carla Jansen");
            assertThat(entry.to()).isEqualTo(CaseStatus.REGISTERED);
        });
        // Nobody is assigned yet, so no mediator sees it.
        assertThatThrownBy(() -> details(anna, reference)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void aVerticalCaseWithAPublicBodyIsRegistered() {
        String reference = register(anna, vertical("Bezwaar parkeervergunning", resident("Ali Bakir"),
                municipality()));

        CaseDetails details = details(anna, reference);
        assertThat(details.overview().facts().kind()).isEqualTo(CaseKind.VERTICAL);
        assertThat(party(details, "Gemeente Utrecht").data().publicBody()).isTrue();
        assertThat(party(details, "Gemeente Utrecht").data().hasMandate()).isTrue();
    }

    @Test
    void aTitleOfExactlyTheMaximumLengthIsAccepted() {
        String title = "t".repeat(CaseOverview.TITLE_MAX);
        String reference = register(anna, horizontal(title, resident("Piet Post")));
        assertThat(details(anna, reference).overview().facts().title()).isEqualTo(title);
    }

    @Test
    void missingTitleIsRefused() {
        assertRefusedAndNothingSaved(horizontal("   ", resident("Piet Post")), "title", "field.required");
    }

    @Test
    void aTitleOverTwoHundredCharactersIsRefused() {
        assertRefusedAndNothingSaved(horizontal("t".repeat(CaseOverview.TITLE_MAX + 1), resident("Piet Post")),
                "title", "field.tooLong");
    }

    @Test
    void aRegistrationWithoutPartiesIsRefused() {
        assertRefusedAndNothingSaved(horizontal("Burenruzie"), "parties", "case.missing.PARTY");
    }

    @Test
    void aVerticalCaseWithoutPublicBodyIsRefused() {
        assertRefusedAndNothingSaved(vertical("Klacht over de gemeente", resident("Ali Bakir"),
                neighbour("Truus Smit")), "parties", "case.missing.PUBLIC_BODY_PARTY");
    }

    @Test
    void aPersonMarkedAsPublicBodyDoesNotMakeACaseVertical() {
        // Only an organisation can be a public body (the saved party drops the flag for a person), so a
        // vertical case with just "public body" persons has no public body at all.
        PartyData personFlaggedPublic = new PartyData(PartyKind.PERSON, "Ambtenaar Jansen", true,
                PartyRole.OTHER_PARTY, null, null, true, null, null, null, null, false, null);
        assertRefusedAndNothingSaved(vertical("Klacht over de gemeente", resident("Ali Bakir"), personFlaggedPublic),
                "parties", "case.missing.PUBLIC_BODY_PARTY");
    }

    @Test
    void aPartyWithABadEmailAddressIsRefused() {
        assertRefusedAndNothingSaved(horizontal("Burenruzie", resident("Piet Post").withContact("piet-at-home", null)),
                "parties", "field.email.invalid");
    }

    @Test
    void aPartyWithABadPhoneNumberIsRefused() {
        assertRefusedAndNothingSaved(horizontal("Burenruzie", resident("Piet Post").withContact(null, "06-12")),
                "parties", "field.phone.invalid");
    }

    @Test
    void aConsentDateInTheFutureIsRefused() {
        assertRefusedAndNothingSaved(horizontal("Burenruzie", resident("Piet Post").withConsent(today().plusDays(1))),
                "parties", "field.date.future");
    }

    @Test
    void validContactDetailsAndConsentTodayAreAccepted() {
        String reference = register(anna, horizontal("Burenruzie",
                resident("Piet Post").withContact("piet@example.nl", "+31 6 1234 5678").withConsent(today())));
        PartyData saved = details(anna, reference).parties().getFirst().data();
        assertThat(saved.email()).isEqualTo("piet@example.nl");
        assertThat(saved.phone()).isEqualTo("+31 6 1234 5678");
        assertThat(saved.consentOn()).isEqualTo(today());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInputException refused = refusal(new CaseRegistration(
                CaseOverview.of("", CaseKind.HORIZONTAL, Theme.NOISE, Source.POLICE).withPlace("m".repeat(101), null),
                List.of()));
        assertThat(refused.fieldMessageKeys()).containsOnly(entry("title", "field.required"),
                entry("municipality", "field.tooLong"), entry("parties", "case.missing.PARTY"));
        // In the order checked, and the limit travels with the message instead of in its key.
        assertThat(refused.errors()).containsExactly(FieldError.of("title", "field.required"),
                FieldError.of("municipality", "field.tooLong", CaseOverview.PLACE_MAX),
                FieldError.of("parties", "case.missing.PARTY"));
    }

    @Test
    void aRefusedRegistrationUsesNoReferenceNumber() {
        refusal(horizontal("", resident("Piet Post")));
        assertThat(register(anna, horizontal("Burenruzie", resident("Piet Post")))).isEqualTo("2026-0001");
    }

    private void assertRefusedAndNothingSaved(CaseRegistration registration, String field, String messageKey) {
        InvalidInputException refused = refusal(registration);
        assertThat(refused.fieldMessageKeys()).containsEntry(field, messageKey);
        assertNothingSaved();
    }

    private InvalidInputException refusal(CaseRegistration registration) {
        InvalidInputException[] caught = new InvalidInputException[1];
        assertThatThrownBy(() -> register(anna, registration)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> caught[0] = e);
        assertNothingSaved();
        return caught[0];
    }

    private void assertNothingSaved() {
        assertThat(fixture.count("mediation_case")).isZero();
        assertThat(fixture.count("case_party")).isZero();
        assertThat(fixture.count("case_history")).isZero();
        assertThat(fixture.count("case_reference_counter")).isZero();
    }
}
