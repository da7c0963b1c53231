package nl.brug.reporting.tension;

/**
 * Hides every count below {@link #THRESHOLD} in a table with row and column totals, and then as many other
 * cells or totals as needed so that no hidden count can be worked out by subtracting the visible ones from a
 * total (complementary suppression). Each line (a row with its row total, a column with its column total, the
 * row totals with the grand total, the column totals with the grand total) ends with either no hidden number
 * or at least two: with two unknowns and one equation, neither can be solved. The smallest visible number of
 * a line is the one hidden next, which loses the least.
 *
 * <p>Zero is hidden too: "fewer than 5" includes none, and showing zeros would make the hidden ones easier
 * to narrow down.
 */
public final class CellSuppression {

    /** A count below this is never shown. */
    public static final int THRESHOLD = 5;

    private CellSuppression() {
    }

    /**
     * Which numbers of {@code counts} (rows × columns) to hide. The result has the same shape plus one column
     * (row totals, index {@code columns}) and one row (column totals, index {@code rows}); the bottom-right
     * corner is the grand total.
     */
    public static boolean[][] hidden(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[][] table = withTotals(counts, rows, columns);
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = table[r][c] < THRESHOLD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= protect(table, hidden, r, -1, columns + 1);
            }
            for (int c = 0; c <= columns; c++) {
                changed |= protect(table, hidden, -1, c, rows + 1);
            }
        }
        return hidden;
    }

    /** The table with its row totals, column totals and grand total, in the shape {@link #hidden} returns. */
    public static long[][] withTotals(long[][] counts, int rows, int columns) {
        long[][] table = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                table[r][c] = counts[r][c];
                table[r][columns] += counts[r][c];
                table[rows][c] += counts[r][c];
                table[rows][columns] += counts[r][c];
            }
        }
        return table;
    }

    /**
     * One line (row {@code row}, or column {@code column} when row is -1) of {@code length} numbers, its total
     * last: when exactly one of them is hidden, hide the smallest visible other one as well.
     */
    private static boolean protect(long[][] table, boolean[][] hidden, int row, int column, int length) {
        int hiddenCount = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : column;
            if (hidden[r][c]) {
                hiddenCount++;
            } else if (smallest < 0 || table[r][c] < table[row >= 0 ? row : smallest][row >= 0 ? smallest : column]) {
                smallest = i;
            }
        }
        if (hiddenCount != 1 || smallest < 0) {
            return false;
        }
        hidden[row >= 0 ? row : smallest][row >= 0 ? smallest : column] = true;
        return true;
    }
}
