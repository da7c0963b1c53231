package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
import nl.brug.security.BrugUser;

/** Every part of a case is checked before anything is saved; a refusal names the field and saves nothing. */
@CaseIntegrationTest
class PartValidationTest extends CaseTestSupport {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 18, 14, 0);

    private BrugUser anna;
    private String ref;
    private CaseDetails before;

    @BeforeEach
    void aCase() {
        anna = fixture.mediator("anna", "Anna de Vries");
        ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        before = details(anna, ref);
        fixture.signIn(anna);
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefused() {
        assertRefused(() -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE, START, START.minusMinutes(30),
                "Buurthuis")), "end", "session.endBeforeStart");
        assertRefused(() -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE, START, START, "Buurthuis")),
                "end", "session.endBeforeStart");
        assertThat(fixture.count("case_session")).isZero();
    }

    @Test
    void aSessionChangedToEndBeforeItStartsIsRefused() {
        SessionData planned = SessionData.planned(SessionKind.INTAKE, START, START.plusHours(1), "Buurthuis");
        work.planSession(ref, planned);
        CaseDetails.SessionView saved = cases.details(ref).sessions().getFirst();

        assertRefused(() -> work.updateSession(ref, saved.id(), saved.version(), new SessionData(SessionKind.INTAKE,
                START, START.minusHours(1), "Elders", false, null, SessionStatus.PLANNED, null)),
                "end", "session.endBeforeStart");
        assertThat(cases.details(ref).sessions()).singleElement().satisfies(s -> {
            assertThat(s.data()).isEqualTo(planned);
            assertThat(s.version()).isEqualTo(saved.version());
        });
    }

    @Test
    void aSessionSummaryOverTheLimitIsRefused() {
        assertRefused(() -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE, START, START.plusHours(1),
                "Buurthuis").held("s".repeat(SessionData.SUMMARY_MAX + 1))), "summary", "field.tooLong");
        assertThat(fixture.count("case_session")).isZero();
    }

    @Test
    void anAgreementSignedInTheFutureIsRefused() {
        assertRefused(() -> work.recordAgreement(ref, before.version(), AgreementForm.INTENT, today().plusDays(1)),
                "signedOn", "field.date.future");
        CaseDetails after = cases.details(ref);
        assertThat(after.agreement().signedOn()).isNull();
        assertThat(after.agreement().form()).isNull();
        assertThat(after.version()).isEqualTo(before.version());

        work.recordAgreement(ref, before.version(), AgreementForm.INTENT, today());
        assertThat(cases.details(ref).agreement().signedOn()).isEqualTo(today());
    }

    @Test
    void anAgreementItemNeedsADescriptionAndSomeoneResponsible() {
        assertRefused(() -> work.addAgreementItem(ref, AgreementItemData.open("  ", "Piet Post", null)),
                "description", "field.required");
        assertRefused(() -> work.addAgreementItem(ref, AgreementItemData.open("Heg snoeien", "", null)),
                "responsible", "field.required");
        assertThat(fixture.count("agreement_item")).isZero();
    }

    @Test
    void anAgreementItemChangedToNoDescriptionIsRefused() {
        work.addAgreementItem(ref, AgreementItemData.open("Heg snoeien", "Piet Post", null));
        CaseDetails.ItemView saved = cases.details(ref).agreement().items().getFirst();
        assertRefused(() -> work.updateAgreementItem(ref, saved.id(), saved.version(),
                AgreementItemData.open("", "Piet Post", null)), "description", "field.required");
        assertThat(cases.details(ref).agreement().items().getFirst().data().description()).isEqualTo("Heg snoeien");
    }

    @Test
    void aNoteOverEightThousandCharactersIsRefused() {
        assertRefused(() -> work.addNote(ref, "n".repeat(CaseLimits.NOTE_MAX + 1), false), "text", "field.tooLong");
        assertRefused(() -> work.addNote(ref, " \n ", true), "text", "field.required");
        assertThat(fixture.count("journal_note")).isZero();

        work.addNote(ref, "n".repeat(CaseLimits.NOTE_MAX), false);
        assertThat(cases.details(ref).notes()).singleElement()
                .satisfies(note -> assertThat(note.text()).hasSize(CaseLimits.NOTE_MAX));
    }

    @Test
    void aFollowUpFindingOverTheLimitIsRefused() {
        assertRefused(() -> work.recordFollowUp(ref, before.version(), today(), "f".repeat(CaseLimits.FINDING_MAX + 1)),
                "finding", "field.tooLong");
        assertThat(cases.details(ref).agreement().followUpOn()).isNull();
    }

    @Test
    void aPartyWithABadEmailAddressIsNotAdded() {
        assertRefused(() -> work.addParty(ref, resident("Fatma Yilmaz").withContact("fatma@", null)),
                "email", "field.email.invalid");
        assertRefused(() -> work.addParty(ref, resident("Fatma Yilmaz").withConsent(today().plusDays(2))),
                "consentOn", "field.date.future");
        assertRefused(() -> work.addParty(ref, resident(" ")), "name", "field.required");
        assertThat(fixture.count("case_party")).isEqualTo(1);
    }

    @Test
    void aPartyChangedToABadPhoneNumberKeepsItsOldDetails() {
        CaseDetails.PartyView piet = party(before, "Piet Post");
        assertRefused(() -> work.updateParty(ref, piet.id(), piet.version(), piet.data().withContact(null, "bel me")),
                "phone", "field.phone.invalid");
        assertThat(party(cases.details(ref), "Piet Post")).isEqualTo(piet);
    }

    @Test
    void anOverviewWithoutTitleOrWithAProcedureWithoutDeadlineIsRefused() {
        CaseOverview overview = before.overview().facts();
        assertRefused(() -> cases.updateOverview(ref, before.version(), new CaseOverview("", overview.kind(),
                overview.theme(), "Nieuw", overview.source(), null, null, overview.urgency(), null, null, null)),
                "title", "field.required");
        assertRefused(() -> cases.updateOverview(ref, before.version(),
                overview.withProcedure(ProcedureKind.OBJECTION, "BZ-1", null)), "procedureDeadline",
                "case.procedure.deadlineRequired");
        CaseDetails after = cases.details(ref);
        assertThat(after.overview().facts()).isEqualTo(overview);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.overview().lastChange().at()).isEqualTo(before.overview().lastChange().at());
    }

    private static void assertRefused(Executable call, String field, String key) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessageKeys()).containsEntry(field, key));
    }
}
