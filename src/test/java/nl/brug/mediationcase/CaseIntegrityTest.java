package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.municipality;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.audit.AuditAction;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.lifecycle.MissingRequirement;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
import nl.brug.security.BrugUser;

/**
 * A case that can be trusted in daily use: closed means closed, dates agree with each other and with the
 * status, a reopened case starts its intake clock again, notes can be protected afterwards, and text with
 * hidden control characters is refused. Each rule is proved at the service.
 */
@CaseIntegrationTest
class CaseIntegrityTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser carla;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
        carla = fixture.supervisor("carla", "Carla Jansen");
    }

    // --- 1. closed means closed ----------------------------------------------------------------------

    @Test
    void aClosedCaseIsReadOnlyInEverySectionUntilASupervisorReopensIt() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        forward(anna, ref, CaseStatus.INTAKE);
        fixture.run(anna, () -> work.addAgreementItem(ref, AgreementItemData.open("Geen muziek", "Piet", null)));
        close(anna, ref, TransitionRequest.close(Outcome.WITHDRAWN, null, "Piet trekt zich terug"));
        CaseDetails closed = details(anna, ref);
        long version = closed.version();
        CaseDetails.PartyView piet = closed.parties().getFirst();
        CaseDetails.ItemView item = closed.agreement().items().getFirst();

        assertThat(closed.actions().editable()).isFalse();
        List<ThrowingCallable> changes = List.of(
                () -> cases.updateOverview(ref, version, closed.overview().facts().withDescription("Nieuwe titel")),
                () -> work.addParty(ref, neighbour("Fatma Yilmaz")),
                () -> work.updateParty(ref, piet.id(), piet.version(), piet.data().withConsent(today())),
                () -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE, today().atTime(10, 0),
                        today().atTime(11, 0), "Buurthuis")),
                () -> work.addNote(ref, "Nog een notitie", false),
                () -> work.addAgreementItem(ref, AgreementItemData.open("Nieuw punt", "Fatma", null)),
                () -> work.updateAgreementItem(ref, item.id(), item.version(), item.data()),
                () -> work.removeAgreementItem(ref, item.id(), item.version()),
                () -> work.recordAgreement(ref, version, AgreementForm.INTENT, today()),
                () -> work.recordFollowUp(ref, version, today().plusWeeks(4), "Gaat goed"));
        fixture.signIn(anna);
        for (ThrowingCallable change : changes) {
            assertThatThrownBy(change).isInstanceOf(CaseClosedException.class);
        }
        fixture.signOut();

        CaseDetails after = details(anna, ref);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.overview().facts()).isEqualTo(closed.overview().facts());
        assertThat(after.parties()).hasSize(1);
        assertThat(after.agreement().items()).hasSize(1);
        assertThat(after.notes()).isEmpty();
        assertThat(after.sessions()).isEmpty();

        close(carla, ref, TransitionRequest.reopen("Piet wil toch verder"));
        CaseDetails reopened = details(anna, ref);
        assertThat(reopened.actions().editable()).isTrue();
        fixture.run(anna, () -> work.addNote(ref, "Weer open", false));
        assertThat(details(anna, ref).notes()).hasSize(1);
    }

    // --- 3. dates that contradict each other ---------------------------------------------------------

    @Test
    void sessionDatesMustAgreeWithTheCaseAndTheClock() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        LocalDate registered = today();
        LocalDateTime now = fixture.clock().instant().atZone(nl.brug.base.DisplayFormats.ZONE).toLocalDateTime();

        assertRefused(() -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE,
                registered.minusDays(1).atTime(10, 0), registered.minusDays(1).atTime(11, 0), "Thuis")),
                "start", "session.beforeRegistration");
        assertRefused(() -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE,
                registered.plusDays(1).atTime(20, 0), registered.plusDays(2).atTime(9, 0), "Thuis")),
                "end", "session.multiDay");
        SessionData future = SessionData.planned(SessionKind.INTAKE, now.plusHours(2), now.plusHours(3), "Thuis");
        assertRefused(() -> work.planSession(ref, future.held("Goed gesprek")), "start", "session.heldInFuture");

        fixture.run(anna, () -> work.planSession(ref, future));
        CaseDetails.SessionView planned = details(anna, ref).sessions().getFirst();
        assertRefused(() -> work.updateSession(ref, planned.id(), planned.version(), planned.data().held("Goed")),
                "start", "session.heldInFuture");
        CaseDetails unchanged = details(anna, ref);
        assertThat(unchanged.sessions().getFirst().data().status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(unchanged.overview().dates().intakeOn()).isNull();

        // Once it has taken place it can be recorded as held, and it sets the intake date.
        fixture.clock().advance(java.time.Duration.ofHours(4));
        fixture.run(anna, () -> work.updateSession(ref, planned.id(), planned.version(), planned.data().held("Goed")));
        assertThat(details(anna, ref).overview().dates().intakeOn()).isEqualTo(registered);
    }

    @Test
    void agreementAndFollowUpDatesMustAgree() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        LocalDate registered = today();
        fixture.clock().setDate(registered.plusDays(20));

        assertRefused(() -> work.addAgreementItem(ref, AgreementItemData.open("Heg snoeien", "Piet",
                registered.minusDays(1))), "dueOn", "field.date.beforeRegistration");
        assertRefused(() -> work.recordAgreement(ref, caseVersion(anna, ref), AgreementForm.INTENT,
                registered.minusDays(1)), "signedOn", "field.date.beforeRegistration");

        LocalDate signed = registered.plusDays(10);
        fixture.run(anna, () -> work.recordAgreement(ref, cases.details(ref).version(), AgreementForm.INTENT, signed));
        assertRefused(() -> work.recordFollowUp(ref, caseVersion(anna, ref), signed.minusDays(1), null),
                "followUpOn", "followUp.beforeSigned");
        fixture.run(anna, () -> work.recordFollowUp(ref, cases.details(ref).version(), signed.plusWeeks(4), null));
        // Signing cannot then move past the follow-up that checks on it.
        assertRefused(() -> work.recordAgreement(ref, caseVersion(anna, ref), AgreementForm.INTENT,
                signed.plusWeeks(5)), "signedOn", "field.date.future");
        fixture.clock().setDate(signed.plusWeeks(6));
        assertRefused(() -> work.recordAgreement(ref, caseVersion(anna, ref), AgreementForm.INTENT,
                signed.plusWeeks(5)), "signedOn", "agreement.signedAfterFollowUp");
        assertThat(details(anna, ref).agreement().signedOn()).isEqualTo(signed);
    }

    @Test
    void aCaseInMediationShowsTheDayItsIntakeTookPlace() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post"), neighbour("Fatma Yilmaz")));
        fixture.clock().setDate(today().plusDays(2));
        LocalDate intakeDay = today();
        forward(anna, ref, CaseStatus.INTAKE);
        fixture.clock().setDate(today().plusDays(5));
        consentAll(anna, ref);
        forward(anna, ref, CaseStatus.IN_MEDIATION);

        CaseDetails inMediation = details(anna, ref);
        assertThat(inMediation.overview().dates().intakeOn()).isEqualTo(intakeDay);
        assertThat(inMediation.overview().dates().intakeOverdue()).isFalse();
    }

    // --- 4. a reopened case --------------------------------------------------------------------------

    @Test
    void aReopenedCaseStartsItsIntakeClockAgain() {
        // Registered on Monday 2 March 2026: intake due by Monday 9 March.
        fixture.clock().setDate(LocalDate.of(2026, 3, 2));
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        close(anna, ref, TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Geen bemiddeling nodig"));

        fixture.clock().setDate(LocalDate.of(2026, 4, 1)); // Wednesday, weeks later
        close(carla, ref, TransitionRequest.reopen("Toch nodig"));

        CaseDetails reopened = details(anna, ref);
        assertThat(reopened.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(reopened.overview().dates().intakeOverdue()).isFalse();
        // Five working days from the reopening; Easter Monday, 6 April, does not count.
        assertThat(reopened.overview().dates().intakeDueOn()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(reopened.overview().dates().registeredOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakes()).isEmpty();

        fixture.clock().setDate(LocalDate.of(2026, 4, 9));
        assertThat(details(anna, ref).overview().dates().intakeOverdue()).isFalse();
        fixture.clock().setDate(LocalDate.of(2026, 4, 10));
        assertThat(details(anna, ref).overview().dates().intakeOverdue()).isTrue();
    }

    // --- 5. a note made confidential afterwards ------------------------------------------------------

    @Test
    void itsMediatorsCanMakeAnOrdinaryNoteConfidentialAfterwardsAndItIsRecorded() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        fixture.run(anna, () -> work.addNote(ref, "Piet vertelde over zijn schulden", false));
        long noteId = details(anna, ref).notes().getFirst().id();
        assertThat(details(carla, ref).notes()).hasSize(1);

        BrugUser olaf = fixture.mediator("olaf", "Olaf Smit");
        fixture.signIn(olaf);
        assertThatThrownBy(() -> work.makeNoteConfidential(ref, noteId)).isInstanceOf(CaseNotFoundException.class);
        fixture.signIn(carla);
        assertThatThrownBy(() -> work.makeNoteConfidential(ref, noteId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        fixture.signOut();

        fixture.run(anna, () -> work.makeNoteConfidential(ref, noteId));

        assertThat(details(anna, ref).notes().getFirst().confidential()).isTrue();
        assertThat(details(carla, ref).notes()).isEmpty();
        CaseDetails.HistoryView event = details(anna, ref).history().getLast();
        assertThat(event.event()).isEqualTo(CaseEvent.NOTE_MADE_CONFIDENTIAL);
        assertThat(event.actor()).isEqualTo("Anna de Vries");
        assertThat(event.noteWrittenAt()).isEqualTo(details(anna, ref).notes().getFirst().writtenAt());
        assertThat(fixture.jdbc().sql("select count(*) from audit_log where action = ? and detail = ?")
                .params(AuditAction.CASE_CHANGED.name(), "makeNoteConfidential").query(Long.class).single())
                .isEqualTo(1);
        assertThat(fixture.jdbc().sql("select confidential from journal_note where id = ?").param(noteId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aNoteCanBeProtectedOnAClosedCaseButNeverMadeOrdinaryAgain() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        fixture.run(anna, () -> work.addNote(ref, "Over de gezondheid van Piet", false));
        close(anna, ref, TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"));
        long noteId = details(anna, ref).notes().getFirst().id();

        fixture.run(anna, () -> work.makeNoteConfidential(ref, noteId));
        fixture.run(anna, () -> work.makeNoteConfidential(ref, noteId)); // twice changes nothing more

        assertThat(details(anna, ref).notes().getFirst().confidential()).isTrue();
        assertThat(details(anna, ref).history()).filteredOn(h -> h.event() == CaseEvent.NOTE_MADE_CONFIDENTIAL)
                .hasSize(1);
        assertThat(details(carla, ref).notes()).isEmpty();
    }

    // --- 9. hidden control characters ----------------------------------------------------------------

    @Test
    void textWithControlCharactersOrDirectionOverridesIsRefusedEverywhere() {
        String rightToLeftOverride = "Piet \u202EtsoP";
        assertThatThrownBy(() -> register(anna, horizontal("Burenruzie", resident(rightToLeftOverride))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("parties", "field.hiddenCharacters"));
        assertThatThrownBy(() -> register(anna, horizontal("Burenruzie\u0000", resident("Piet Post"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("title", "field.hiddenCharacters"));
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        assertRefused(() -> work.addNote(ref, "Belletje\u0007", false), "text", "field.hiddenCharacters");
        assertRefused(() -> work.planSession(ref, SessionData.planned(SessionKind.INTAKE, today().atTime(LocalTime.NOON),
                today().atTime(13, 0), "Buurt\u2066huis")), "location", "field.hiddenCharacters");
        assertRefused(() -> cases.transition(ref, caseVersion(anna, ref),
                TransitionRequest.close(Outcome.WITHDRAWN, null, "Weg\u0008")), "reason", "field.hiddenCharacters");
        // Line breaks and tabs are ordinary text.
        fixture.run(anna, () -> work.addNote(ref, "Regel een\n\tRegel twee\r\n", false));
        assertThat(details(anna, ref).notes()).hasSize(1);
        assertThat(fixture.count("case_party")).isEqualTo(1);
    }

    // --- 12. a refused step names the parties whose consent is missing -------------------------------

    @Test
    void aRefusalForMissingConsentNamesThePartiesWithoutIt() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post"), neighbour("Fatma Yilmaz")));
        forward(anna, ref, CaseStatus.INTAKE);
        fixture.run(anna, () -> {
            CaseDetails.PartyView piet = party(cases.details(ref), "Piet Post");
            work.updateParty(ref, piet.id(), piet.version(), piet.data().withConsent(today()));
        });
        fixture.signIn(anna);
        assertThatThrownBy(() -> cases.transition(ref, cases.details(ref).version(),
                TransitionRequest.forward(CaseStatus.IN_MEDIATION)))
                .isInstanceOfSatisfying(TransitionRefusedException.class, refused -> {
                    assertThat(refused.missing()).containsExactly(MissingRequirement.ALL_CONSENTS);
                    assertThat(refused.partiesWithoutConsent()).containsExactly("Fatma Yilmaz");
                });
    }

    // --- 13. a supervisor chooses the lead at registration -------------------------------------------

    @Test
    void aSupervisorChoosesTheLeadMediatorAtRegistrationOrLeavesItToTheQueue() {
        String chosen = register(carla, new CaseRegistration(horizontal("Burenruzie", resident("Piet Post")).overview(),
                List.of(resident("Piet Post")), anna.accountId(), false));
        assertThat(details(carla, chosen).overview().lead()).isNotNull()
                .extracting(CaseDetails.Person::name).isEqualTo("Anna de Vries");
        assertThat(fixture.as(anna, () -> search.myWork()).openCases()).extracting(CaseListItem::reference)
                .containsExactly(chosen);

        String queued = register(carla, horizontal("Blaffende hond", resident("Jan Jansen")));
        assertThat(details(carla, queued).overview().lead()).isNull();

        BrugUser olaf = fixture.mediator("olaf", "Olaf Smit");
        assertThatThrownBy(() -> register(olaf, new CaseRegistration(horizontal("X", resident("Y")).overview(),
                List.of(resident("Y")), anna.accountId(), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("lead", "case.register.leadBySupervisor"));
        BrugUser admin = fixture.admin("bram", "Bram Beheer");
        assertThatThrownBy(() -> register(carla, new CaseRegistration(horizontal("X", resident("Y")).overview(),
                List.of(resident("Y")), admin.accountId(), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("lead", "case.assign.notAMediator"));
    }

    // --- 2. a deadline in the past only with a remark seen -------------------------------------------

    @Test
    void aProcedureDeadlineInThePastIsKeptOnlyWhenConfirmed() {
        CaseOverview overview = CaseOverview.of("Bezwaar", CaseKind.VERTICAL, Theme.PUBLIC_SERVICE, Source.MUNICIPALITY)
                .withProcedure(ProcedureKind.OBJECTION, "BZ-1", today().minusDays(3));
        assertThatThrownBy(() -> register(anna, CaseData.withOverview(overview, resident("Ali"), municipality())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("procedureDeadline", "case.procedure.deadlinePassedConfirm"));
        assertThat(fixture.count("mediation_case")).isZero();

        String ref = register(anna, new CaseRegistration(overview, List.of(resident("Ali"), municipality()), null, true));
        CaseDetails registered = details(anna, ref);
        assertThat(registered.deadline().state()).isEqualTo(DeadlineStatus.State.PASSED);

        // Editing other facts keeps the stored deadline without asking again; a new past one asks.
        fixture.run(anna, () -> cases.updateOverview(ref, registered.version(), registered.overview().facts()
                .withDescription("Bezwaar tegen de boete")));
        CaseDetails edited = details(anna, ref);
        assertRefused(() -> cases.updateOverview(ref, edited.version(), edited.overview().facts()
                .withProcedure(ProcedureKind.OBJECTION, "BZ-1", today().minusDays(1))),
                "procedureDeadline", "case.procedure.deadlinePassedConfirm");
        fixture.run(anna, () -> cases.updateOverview(ref, edited.version(), edited.overview().facts()
                .withProcedure(ProcedureKind.OBJECTION, "BZ-1", today().minusDays(1)), true));
        assertThat(details(anna, ref).overview().facts().procedureDeadline()).isEqualTo(today().minusDays(1));
    }

    private void assertRefused(ThrowingCallable call, String field, String key) {
        fixture.signIn(anna);
        try {
            assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldMessageKeys()).containsEntry(field, key));
        } finally {
            fixture.signOut();
        }
    }
}
