package nl.brug.mediationcase.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.brug.mediationcase.CaseStatus;

/**
 * The overdue-intake cut-off a query compares with gives, for every start day, the answer the case itself gives
 * (five working days, weekends not counted): the work lists may ask the database instead of each case.
 */
class IntakeOverdueCutoffTest {

    @Test
    void aCaseIsOverdueExactlyWhenItsClockStartedBeforeTheCutoff() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() == 2026; today = today.plusDays(1)) {
            LocalDate cutoff = Milestones.intakeOverdueBefore(today);
            for (LocalDate start = today.minusDays(30); !start.isAfter(today); start = start.plusDays(1)) {
                boolean overdue = Milestones.NONE.intakeOverdue(CaseStatus.REGISTERED, start, today);
                assertThat(start.isBefore(cutoff)).as("started %s, today %s", start, today).isEqualTo(overdue);
                Milestones reopened = new Milestones(null, null, null, start);
                assertThat(reopened.intakeOverdue(CaseStatus.INTAKE, start.minusYears(1), today)).isEqualTo(overdue);
            }
        }
    }

    @Test
    void theCutoffOfAWednesdayIsTheWednesdayBefore() {
        // Registered Tuesday 3 March 2026: due Tuesday 10 March, overdue from Wednesday 11 March.
        assertThat(Milestones.intakeOverdueBefore(LocalDate.of(2026, 3, 11))).isEqualTo(LocalDate.of(2026, 3, 4));
        // On a Monday those of the weekend before last are overdue (due that Friday), the Monday before's not yet.
        assertThat(Milestones.intakeOverdueBefore(LocalDate.of(2026, 3, 16))).isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
