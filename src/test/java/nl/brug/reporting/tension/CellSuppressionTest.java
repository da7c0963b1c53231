package nl.brug.reporting.tension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Small numbers are hidden, and no hidden number can be worked out from the visible ones and the totals: an
 * attacker who repeatedly solves every row and column with a single unknown (and uses what they solved for the
 * next step) recovers nothing, on hand-made tables and on 2,000 random ones.
 */
class CellSuppressionTest {

    @Test
    void everyNumberBelowFiveIsHiddenAndTheRestShownWhereSafe() {
        long[][] counts = { { 12, 7, 9 }, { 8, 10, 11 }, { 6, 9, 14 } };

        boolean[][] hidden = CellSuppression.hidden(counts);

        for (boolean[] row : hidden) {
            for (boolean cell : row) {
                assertThat(cell).isFalse();
            }
        }
    }

    @Test
    void aSingleSmallCellIsHiddenWithAComplementInItsRowAndItsColumn() {
        long[][] counts = { { 12, 3, 9 }, { 8, 10, 11 }, { 6, 9, 14 } };

        boolean[][] hidden = CellSuppression.hidden(counts);

        assertThat(hidden[0][1]).isTrue();
        assertThat(countHidden(hidden[0])).as("row 0 hides the 3 and one more").isGreaterThanOrEqualTo(2);
        assertThat(hidden[0][1] && (hidden[1][1] || hidden[2][1] || hidden[3][1])).as("so does column 1").isTrue();
        assertThat(recoverable(counts, hidden)).isFalse();
    }

    @Test
    void aNeighbourhoodWithOneCaseInOneQuarterCannotBeRecoveredFromItsTotals() {
        // Subtracting the visible quarters from the neighbourhood's total would give the 1 away.
        long[][] counts = { { 1, 0, 0, 0 }, { 9, 8, 7, 12 } };

        boolean[][] hidden = CellSuppression.hidden(counts);

        assertThat(hidden[0][0]).isTrue();
        assertThat(recoverable(counts, hidden)).isFalse();
    }

    @Test
    void noHiddenNumberOfTwoThousandRandomTablesCanBeRecovered() {
        Random random = new Random(20261125);
        for (int table = 0; table < 2000; table++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(8);
            long[][] counts = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(30);
                }
            }
            boolean[][] hidden = CellSuppression.hidden(counts);
            assertThat(recoverable(counts, hidden)).as("table %d", table).isFalse();
            long[][] table2 = CellSuppression.withTotals(counts, rows, columns);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (table2[r][c] < CellSuppression.THRESHOLD) {
                        assertThat(hidden[r][c]).as("table %d, cell %d,%d = %d", table, r, c, table2[r][c]).isTrue();
                    }
                }
            }
        }
    }

    /**
     * The attack: a line (row or column with its total) with exactly one unknown gives that unknown away; what
     * is found becomes known, and the attack goes on until nothing more is found. True when any number hidden
     * below the threshold is found.
     */
    static boolean recoverable(long[][] counts, boolean[][] hidden) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] table = CellSuppression.withTotals(counts, rows, columns);
        boolean[][] unknown = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            unknown[r] = hidden[r].clone();
        }
        boolean found = true;
        while (found) {
            found = false;
            for (int r = 0; r <= rows; r++) {
                found |= solveLine(unknown, r, -1, columns + 1);
            }
            for (int c = 0; c <= columns; c++) {
                found |= solveLine(unknown, -1, c, rows + 1);
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (hidden[r][c] && !unknown[r][c] && table[r][c] < CellSuppression.THRESHOLD) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean solveLine(boolean[][] unknown, int row, int column, int length) {
        int unknowns = 0;
        int which = -1;
        for (int i = 0; i < length; i++) {
            if (unknown[row >= 0 ? row : i][row >= 0 ? i : column]) {
                unknowns++;
                which = i;
            }
        }
        if (unknowns != 1) {
            return false;
        }
        unknown[row >= 0 ? row : which][row >= 0 ? which : column] = false;
        return true;
    }

    private static int countHidden(boolean[] line) {
        int count = 0;
        for (boolean cell : line) {
            count += cell ? 1 : 0;
        }
        return count;
    }
}
