package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.municipality;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static nl.brug.mediationcase.CaseData.vertical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.lifecycle.MissingRequirement;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;

/** A vertical case is between residents and a public body, which must take part and consent like anyone. */
@CaseIntegrationTest
class VerticalCaseTest extends CaseTestSupport {

    private static final PartyData HOUSING_CORPORATION = PartyData.publicBody("Woonstichting De Brug",
            PartyRole.STAKEHOLDER, "Mevr. Smit", false);

    private BrugUser anna;
    private String ref;

    @BeforeEach
    void verticalCaseInIntake() {
        anna = fixture.mediator("anna", "Anna de Vries");
        ref = register(anna, vertical("Bezwaar tegen parkeerbeleid", resident("Ali Bakir").withConsent(today()),
                municipality()));
        forward(anna, ref, CaseStatus.INTAKE);
    }

    @Test
    void mediationWaitsForThePublicBodysConsent() {
        CaseDetails before = details(anna, ref);
        assertThatThrownBy(() -> forward(anna, ref, CaseStatus.IN_MEDIATION))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        refused -> assertThat(refused.missing()).containsExactly(MissingRequirement.ALL_CONSENTS));
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(details(anna, ref).version()).isEqualTo(before.version());

        fixture.run(anna, () -> {
            CaseDetails.PartyView gemeente = party(cases.details(ref), "Gemeente Utrecht");
            work.updateParty(ref, gemeente.id(), gemeente.version(), gemeente.data().withConsent(today()));
        });
        forward(anna, ref, CaseStatus.IN_MEDIATION);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.IN_MEDIATION);
    }

    @Test
    void everyPartyMustConsentNotJustTheTwoMain() {
        fixture.run(anna, () -> {
            CaseDetails.PartyView gemeente = party(cases.details(ref), "Gemeente Utrecht");
            work.updateParty(ref, gemeente.id(), gemeente.version(), gemeente.data().withConsent(today()));
            work.addParty(ref, PartyData.person("Buurman Kees", PartyRole.STAKEHOLDER));
        });
        assertThatThrownBy(() -> forward(anna, ref, CaseStatus.IN_MEDIATION))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        refused -> assertThat(refused.missing()).containsExactly(MissingRequirement.ALL_CONSENTS));

        consentAll(anna, ref);
        forward(anna, ref, CaseStatus.IN_MEDIATION);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.IN_MEDIATION);
    }

    @Test
    void theLastPublicBodyCannotBeRemoved() {
        CaseDetails.PartyView gemeente = party(details(anna, ref), "Gemeente Utrecht");

        assertThatThrownBy(() -> fixture.run(anna, () -> work.removeParty(ref, gemeente.id(), gemeente.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("publicBody", "case.missing.PUBLIC_BODY_PARTY"));
        assertThat(details(anna, ref).parties()).extracting(p -> p.data().name())
                .containsExactlyInAnyOrder("Ali Bakir", "Gemeente Utrecht");
        assertThat(fixture.count("case_party")).isEqualTo(2);
    }

    @Test
    void aPublicBodyCanBeRemovedWhileAnotherRemains() {
        fixture.run(anna, () -> work.addParty(ref, HOUSING_CORPORATION));
        CaseDetails.PartyView gemeente = party(details(anna, ref), "Gemeente Utrecht");

        fixture.run(anna, () -> work.removeParty(ref, gemeente.id(), gemeente.version()));

        assertThat(details(anna, ref).parties()).extracting(p -> p.data().name())
                .containsExactlyInAnyOrder("Ali Bakir", "Woonstichting De Brug");
        // And now that one is the last.
        CaseDetails.PartyView corporation = party(details(anna, ref), "Woonstichting De Brug");
        assertThatThrownBy(() -> fixture.run(anna, () -> work.removeParty(ref, corporation.id(), corporation.version())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLastPublicBodyCannotStopBeingOne() {
        CaseDetails.PartyView gemeente = party(details(anna, ref), "Gemeente Utrecht");
        PartyData data = gemeente.data();
        PartyData noLongerPublic = new PartyData(data.kind(), data.name(), false, data.role(), data.represents(),
                data.contactPerson(), null, data.email(), data.phone(), data.address(), data.preferredLanguage(),
                data.interpreterNeeded(), data.consentOn());
        PartyData nowAPerson = new PartyData(PartyKind.PERSON, data.name(), true, data.role(), null, null, null,
                null, null, null, null, false, null);

        for (PartyData change : List.of(noLongerPublic, nowAPerson)) {
            assertThatThrownBy(() -> fixture.run(anna,
                    () -> work.updateParty(ref, gemeente.id(), gemeente.version(), change)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                            .containsEntry("publicBody", "case.missing.PUBLIC_BODY_PARTY"));
        }
        CaseDetails.PartyView after = party(details(anna, ref), "Gemeente Utrecht");
        assertThat(after.data()).isEqualTo(data);
        assertThat(after.version()).isEqualTo(gemeente.version());
    }

    @Test
    void theOnlyPartyOfACaseCannotBeRemoved() {
        BrugUser bert = fixture.mediator("bert", "Bert Bos");
        String single = register(bert, horizontal("Overlast", resident("Piet Post")));
        CaseDetails.PartyView piet = party(details(bert, single), "Piet Post");
        assertThatThrownBy(() -> fixture.run(bert, () -> work.removeParty(single, piet.id(), piet.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("parties", "case.missing.PARTY"));
        assertThat(details(bert, single).parties()).hasSize(1);
    }

    @Test
    void aHorizontalCaseBecomesVerticalOnlyWithAPublicBody() {
        String horizontal = register(anna, horizontal("Parkeerruzie", resident("Piet Post"), neighbour("Truus Smit")));
        CaseDetails before = details(anna, horizontal);
        CaseOverview asVertical = new CaseOverview(before.overview().facts().title(), CaseKind.VERTICAL, Theme.PUBLIC_SERVICE,
                null, Source.MUNICIPALITY, null, null, Urgency.NORMAL, null, null, null);

        assertThatThrownBy(() -> fixture.run(anna, () -> cases.updateOverview(horizontal, before.version(), asVertical)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("kind", "case.missing.PUBLIC_BODY_PARTY"));
        assertThat(details(anna, horizontal).overview().facts().kind()).isEqualTo(CaseKind.HORIZONTAL);

        fixture.run(anna, () -> {
            work.addParty(horizontal, municipality());
            cases.updateOverview(horizontal, before.version(), asVertical);
        });
        assertThat(details(anna, horizontal).overview().facts().kind()).isEqualTo(CaseKind.VERTICAL);
    }

    @Test
    void theProcedureIsOnlyKeptForAVerticalCase() {
        CaseDetails before = details(anna, ref);
        CaseOverview withObjection = before.overview().facts().withProcedure(ProcedureKind.OBJECTION, "BZ-2026-17",
                today().plusWeeks(6));
        fixture.run(anna, () -> cases.updateOverview(ref, before.version(), withObjection));
        assertThat(details(anna, ref).overview().facts().procedureDeadline()).isEqualTo(today().plusWeeks(6));

        String horizontal = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        CaseDetails h = details(anna, horizontal);
        fixture.run(anna, () -> cases.updateOverview(horizontal, h.version(),
                h.overview().facts().withProcedure(ProcedureKind.COMPLAINT, "K-1", today().plusDays(10))));
        assertThat(details(anna, horizontal).overview().facts().procedureKind()).isNull();
        assertThat(details(anna, horizontal).overview().facts().procedureDeadline()).isNull();
    }
}
