package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.municipality;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.security.BrugUser;

/** The home page: a mediator's open cases and what needs doing soon; for supervisors the overdue intakes. */
@CaseIntegrationTest
class MyWorkTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser carla;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        carla = fixture.supervisor("carla", "Carla Jansen");
    }

    @Test
    void openCasesAreTheMediatorsOwnOpenCases() {
        String lead = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        String co = register(bert, horizontal("Blaffende hond", resident("Jan Jansen")));
        fixture.run(carla, () -> cases.assignMediators(co, cases.details(co).version(), bert.accountId(),
                anna.accountId()));
        String closed = register(anna, horizontal("Schuttingruzie", resident("Kees Koster")));
        close(anna, closed, TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"));
        register(bert, horizontal("Niet van Anna", resident("Henk de Wit")));

        MyWork mine = fixture.as(anna, () -> search.myWork());
        assertThat(mine.openCases()).extracting(CaseListItem::reference).containsExactlyInAnyOrder(lead, co);
        assertThat(mine.overdueIntakes()).isEmpty();
    }

    @Test
    void plannedSessionsOfTheComingTwoWeeksAreShown() {
        LocalDate today = today();
        fixture.clock().setDate(today.minusDays(10)); // registered before the earliest session below
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        String bertsCase = register(bert, horizontal("Blaffende hond", resident("Jan Jansen")));
        fixture.clock().setDate(today);
        fixture.run(anna, () -> {
            work.planSession(ref, session(SessionKind.INTAKE, today.plusDays(13), "over 13 dagen"));
            work.planSession(ref, session(SessionKind.JOINT, today.plusDays(14).atTime(18, 0), "over 14 dagen"));
            work.planSession(ref, session(SessionKind.JOINT, today.plusDays(15).atTime(9, 0), "over 15 dagen"));
            work.planSession(ref, session(SessionKind.JOINT, today.plusDays(20), "over 20 dagen"));
            work.planSession(ref, session(SessionKind.INDIVIDUAL, today.atTime(8, 0), "vanochtend"));
            work.planSession(ref, session(SessionKind.INDIVIDUAL, today.minusDays(1), "gisteren"));
            work.planSession(ref, session(SessionKind.INDIVIDUAL, today.plusDays(3), "afgezegd").cancelled());
            work.planSession(ref, session(SessionKind.INTAKE, today.minusDays(2), "al gehouden").held("Goed gesprek"));
        });
        fixture.run(bert, () -> work.planSession(bertsCase, session(SessionKind.INTAKE, today.plusDays(1), "van Bert")));

        MyWork mine = fixture.as(anna, () -> search.myWork());
        assertThat(mine.sessions()).extracting(MyWork.UpcomingSession::location)
                .containsExactly("vanochtend", "over 13 dagen", "over 14 dagen");
        assertThat(mine.sessions().get(1)).isEqualTo(new MyWork.UpcomingSession(ref, "Burenruzie", SessionKind.INTAKE,
                today.plusDays(13).atTime(10, 0), "over 13 dagen", false));
        assertThat(fixture.as(bert, () -> search.myWork()).sessions()).extracting(MyWork.UpcomingSession::location)
                .containsExactly("van Bert");
    }

    @Test
    void openAgreementItemsDueWithinAWeekOrOverdueAreShown() {
        LocalDate today = today();
        fixture.clock().setDate(today.minusDays(10)); // registered before the overdue item was due
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        String closed = register(anna, horizontal("Schuttingruzie", resident("Kees Koster")));
        fixture.clock().setDate(today);
        fixture.run(anna, () -> {
            work.addAgreementItem(ref, AgreementItemData.open("binnen een week", "Piet", today.plusDays(7)));
            work.addAgreementItem(ref, AgreementItemData.open("over acht dagen", "Piet", today.plusDays(8)));
            work.addAgreementItem(ref, AgreementItemData.open("te laat", "Fatma", today.minusDays(2)));
            work.addAgreementItem(ref, AgreementItemData.open("zonder datum", "Piet", null));
            work.addAgreementItem(ref, new AgreementItemData("al gedaan", "Piet", today.plusDays(1), ItemStatus.DONE));
            work.addAgreementItem(closed, AgreementItemData.open("van een gesloten zaak", "Kees", today.plusDays(1)));
        });
        close(anna, closed, TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"));

        MyWork mine = fixture.as(anna, () -> search.myWork());
        assertThat(mine.dueItems()).containsExactly(
                new MyWork.DueItem(ref, "Burenruzie", "te laat", "Fatma", today.minusDays(2), true),
                new MyWork.DueItem(ref, "Burenruzie", "binnen een week", "Piet", today.plusDays(7), false));
        assertThat(fixture.as(bert, () -> search.myWork()).dueItems()).isEmpty();
    }

    @Test
    void followUpsDueWithinAWeekAreShownUntilTheFindingIsRecorded() {
        String soon = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        String later = register(anna, horizontal("Blaffende hond", resident("Jan Jansen")));
        LocalDate today = today();
        fixture.run(anna, () -> {
            work.recordFollowUp(soon, cases.details(soon).version(), today.plusDays(5), null);
            work.recordFollowUp(later, cases.details(later).version(), today.plusDays(10), null);
        });
        assertThat(fixture.as(anna, () -> search.myWork()).followUps())
                .containsExactly(new MyWork.DueFollowUp(soon, "Burenruzie", today.plusDays(5), false));

        fixture.run(anna, () -> work.recordFollowUp(soon, cases.details(soon).version(), today.plusDays(5),
                "Afspraken houden stand"));
        assertThat(fixture.as(anna, () -> search.myWork()).followUps()).isEmpty();
    }

    @Test
    void procedureDeadlinesOfVerticalCasesAreWarnedThreeWeeksAheadAndPassedOnesComeFirst() {
        LocalDate today = today();
        String due = registerVertical(anna, "Bezwaar parkeervergunning", today.plusDays(21));
        registerVertical(anna, "Bezwaar bouwvergunning", today.plusDays(22));
        String passed = registerVertical(anna, "Verlopen bezwaar", today.minusDays(1));
        String bertsCase = registerVertical(bert, "Klacht van Bert", today.plusDays(3));

        assertThat(fixture.as(anna, () -> search.myWork()).deadlines()).containsExactly(
                new MyWork.ProcedureDeadline(passed, "Verlopen bezwaar",
                        new DeadlineStatus(ProcedureKind.OBJECTION, today.minusDays(1), null, -1)),
                new MyWork.ProcedureDeadline(due, "Bezwaar parkeervergunning",
                        new DeadlineStatus(ProcedureKind.OBJECTION, today.plusDays(21), null, 21)));
        assertThat(fixture.as(anna, () -> search.myWork()).deadlines().getFirst().status().state())
                .isEqualTo(DeadlineStatus.State.PASSED);
        assertThat(fixture.as(bert, () -> search.myWork()).deadlines()).extracting(MyWork.ProcedureDeadline::reference)
                .containsExactly(bertsCase);
    }

    @Test
    void aPassedDeadlineStaysOnMijnWerkUntilItIsMarkedHandledAndSupervisorsSeeItToo() {
        LocalDate today = today();
        String ref = registerVertical(anna, "Bezwaar parkeervergunning", today.plusDays(2));
        fixture.clock().setDate(today.plusDays(30));

        assertThat(fixture.as(anna, () -> search.myWork()).deadlines()).singleElement()
                .satisfies(d -> {
                    assertThat(d.reference()).isEqualTo(ref);
                    assertThat(d.status().state()).isEqualTo(DeadlineStatus.State.PASSED);
                    assertThat(d.status().daysLeft()).isEqualTo(-28);
                });
        assertThat(fixture.as(carla, () -> search.myWork()).deadlines()).extracting(MyWork.ProcedureDeadline::reference)
                .containsExactly(ref);
        assertThat(details(carla, ref).deadline().state()).isEqualTo(DeadlineStatus.State.PASSED);

        fixture.run(anna, () -> work.markProcedureHandled(ref, cases.details(ref).version()));

        assertThat(fixture.as(anna, () -> search.myWork()).deadlines()).isEmpty();
        assertThat(fixture.as(carla, () -> search.myWork()).deadlines()).isEmpty();
        CaseDetails handled = details(anna, ref);
        assertThat(handled.deadline().state()).isEqualTo(DeadlineStatus.State.HANDLED);
        assertThat(handled.deadline().handledOn()).isEqualTo(today.plusDays(30));
        assertThat(handled.history().getLast().event()).isEqualTo(CaseEvent.PROCEDURE_HANDLED);

        // A moved deadline is a new one: it warns again.
        fixture.run(anna, () -> {
            CaseDetails d = cases.details(ref);
            cases.updateOverview(ref, d.version(), d.overview().facts().withProcedure(ProcedureKind.OBJECTION, "BZ-2",
                    today.plusDays(40)));
        });
        assertThat(fixture.as(anna, () -> search.myWork()).deadlines()).extracting(MyWork.ProcedureDeadline::reference)
                .containsExactly(ref);
    }

    @Test
    void aSupervisorSeesEveryIntakeThatIsOverdue() {
        // Registered on Monday 2 March: the first intake contact is due by Monday 9 March.
        fixture.clock().setDate(LocalDate.of(2026, 3, 2));
        String unassigned = register(carla, horizontal("Nog niemand", resident("Henk de Wit")));
        String annas = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        String inIntake = register(anna, horizontal("Blaffende hond", resident("Jan Jansen")));
        forward(anna, inIntake, CaseStatus.INTAKE);
        String intakeHeld = register(bert, horizontal("Al gesproken", resident("Kees Koster")));
        String closed = register(bert, horizontal("Niet geschikt", resident("Truus Smit")));
        close(bert, closed, TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Strafzaak"));
        // Registered on Tuesday 3 March: due by Tuesday 10 March.
        fixture.clock().setDate(LocalDate.of(2026, 3, 3));
        String dayLater = register(anna, horizontal("Een dag later", resident("Ali Bakir")));
        // A session is recorded as held once it has taken place.
        fixture.clock().setDate(LocalDate.of(2026, 3, 5));
        fixture.run(bert, () -> work.planSession(intakeHeld, session(SessionKind.INTAKE,
                LocalDate.of(2026, 3, 4), "bij Kees thuis").held("Intake gedaan")));

        fixture.clock().setDate(LocalDate.of(2026, 3, 9));
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakes()).isEmpty();

        fixture.clock().setDate(LocalDate.of(2026, 3, 10));
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakes()).extracting(CaseListItem::reference)
                .containsExactlyInAnyOrder(unassigned, annas, inIntake);

        fixture.clock().setDate(LocalDate.of(2026, 3, 11));
        MyWork supervisor = fixture.as(carla, () -> search.myWork());
        assertThat(supervisor.overdueIntakes()).extracting(CaseListItem::reference)
                .containsExactlyInAnyOrder(unassigned, annas, inIntake, dayLater);
        assertThat(supervisor.overdueIntakes()).allMatch(CaseListItem::intakeOverdue);
        assertThat(supervisor.openCases()).isEmpty();

        // A mediator is not shown the pool's list, but sees the mark on their own cases.
        MyWork mediator = fixture.as(anna, () -> search.myWork());
        assertThat(mediator.overdueIntakes()).isEmpty();
        assertThat(mediator.openCases()).filteredOn(CaseListItem::intakeOverdue).extracting(CaseListItem::reference)
                .containsExactlyInAnyOrder(annas, inIntake, dayLater);
        assertThat(details(anna, annas).overview().dates().intakeOverdue()).isTrue();
        assertThat(details(anna, annas).overview().dates().intakeDueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void weekendsDoNotCountAsWorkingDays() {
        // Registered on Friday 6 March: five working days later is Friday 13 March.
        fixture.clock().setDate(LocalDate.of(2026, 3, 6));
        String ref = register(anna, horizontal("Vrijdagmelding", resident("Piet Post")));
        assertThat(details(anna, ref).overview().dates().intakeDueOn()).isEqualTo(LocalDate.of(2026, 3, 13));

        fixture.clock().setDate(LocalDate.of(2026, 3, 13));
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakes()).isEmpty();
        fixture.clock().setDate(LocalDate.of(2026, 3, 14));
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakes()).extracting(CaseListItem::reference)
                .containsExactly(ref);
    }

    private String registerVertical(BrugUser mediator, String title, LocalDate deadline) {
        CaseOverview overview = CaseOverview.of(title, CaseKind.VERTICAL, Theme.PUBLIC_SERVICE, Source.MUNICIPALITY)
                .withProcedure(ProcedureKind.OBJECTION, "BZ-" + title.length(), deadline);
        // A deadline in the past is registered only when confirmed, as after the form's remark.
        return register(mediator, new CaseRegistration(overview, List.of(resident("Ali Bakir"), municipality()),
                null, true));
    }

    private static SessionData session(SessionKind kind, LocalDate day, String location) {
        return session(kind, day.atTime(LocalTime.of(10, 0)), location);
    }

    private static SessionData session(SessionKind kind, LocalDateTime start, String location) {
        return SessionData.planned(kind, start, start.plusHours(1), location);
    }
}
