package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import nl.brug.mediationcase.supervision.CaseIntakeQueueService;
import nl.brug.security.BrugUser;

/**
 * Mijn werk never holds more than {@link MyWork#MAX_ROWS} rows per list, and says how many there are (issue 14:
 * a supervisor's page loaded every waiting case of the pool); the overdue rule runs in the database, also for a
 * reopened case whose intake clock started again.
 */
@CaseIntegrationTest
class MyWorkPagingTest extends CaseTestSupport {

    @Autowired
    CaseIntakeQueueService intakeQueue;

    private BrugUser anna;
    private BrugUser carla;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
        carla = fixture.supervisor("carla", "Carla Jansen");
    }

    @Test
    void theListsHoldAtMostFiftyRowsTheNewestFirstWithTheirCount() {
        // Monday 2 March 2026, then every day one more: 60 cases, registered on consecutive days.
        List<String> references = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < MyWork.MAX_ROWS + 10; i++) {
            fixture.clock().setDate(first.plusDays(i));
            references.add(register(anna, horizontal("Zaak " + i, resident("Piet Post"))));
        }
        fixture.clock().setDate(first.plusDays(100));

        MyWork supervisor = fixture.as(carla, () -> search.myWork());
        assertThat(supervisor.overdueIntakes()).hasSize(MyWork.MAX_ROWS).allMatch(CaseListItem::intakeOverdue);
        assertThat(supervisor.overdueIntakeCount()).isEqualTo(MyWork.MAX_ROWS + 10);
        assertThat(supervisor.overdueIntakes()).extracting(CaseListItem::reference)
                .containsExactlyElementsOf(references.reversed().subList(0, MyWork.MAX_ROWS));

        MyWork mediator = fixture.as(anna, () -> search.myWork());
        assertThat(mediator.openCases()).hasSize(MyWork.MAX_ROWS);
        assertThat(mediator.openCaseCount()).isEqualTo(MyWork.MAX_ROWS + 10);
        assertThat(mediator.openCases().getFirst().reference()).isEqualTo(references.getLast());
        assertThat(mediator.overdueIntakes()).isEmpty();
    }

    @Test
    void theOverdueRuleHoldsAtItsBoundaryAndCountsFromAReopening() {
        // Registered Tuesday 3 March 2026: due Tuesday 10 March, overdue from Wednesday 11 March.
        fixture.clock().setDate(LocalDate.of(2026, 3, 3));
        String tuesday = register(carla, horizontal("Dinsdag", resident("Piet Post")));
        fixture.clock().setDate(LocalDate.of(2026, 3, 4));
        String wednesday = register(carla, horizontal("Woensdag", resident("Jan Jansen")));
        // Registered long ago, but reopened on Wednesday 4 March: its clock runs from then.
        fixture.clock().setDate(LocalDate.of(2025, 6, 2));
        String reopened = register(carla, horizontal("Heropend", resident("Kees Koster")));
        fixture.jdbc().sql("update mediation_case set intake_clock_from = :day where reference = :reference")
                .param("day", Date.valueOf(LocalDate.of(2026, 3, 4))).param("reference", reopened).update();

        fixture.clock().setDate(LocalDate.of(2026, 3, 10));
        assertThat(overdue()).isEmpty();
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakeCount()).isZero();
        fixture.clock().setDate(LocalDate.of(2026, 3, 11));
        assertThat(overdue()).containsExactly(tuesday);
        fixture.clock().setDate(LocalDate.of(2026, 3, 12));
        assertThat(overdue()).containsExactly(wednesday, tuesday, reopened);
        assertThat(fixture.as(carla, () -> search.myWork()).overdueIntakeCount()).isEqualTo(3);
        // The queue marks the same cases.
        Page<CaseListItem> queue = fixture.as(carla, () -> intakeQueue.unassigned(PageRequest.of(0, 2)));
        assertThat(queue.getTotalElements()).isEqualTo(3);
        assertThat(queue.getContent()).extracting(CaseListItem::reference).containsExactly(reopened, tuesday);
        assertThat(queue.getContent()).allMatch(CaseListItem::intakeOverdue);
    }

    private List<String> overdue() {
        return fixture.as(carla, () -> search.myWork()).overdueIntakes().stream().map(CaseListItem::reference).toList();
    }
}
