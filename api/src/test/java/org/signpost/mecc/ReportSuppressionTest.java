package org.signpost.mecc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.model.PublishedCount;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.evaluation.model.SuppressedTable;

/**
 * The suppression MECC reports share with evaluation exports (SmallNumberSuppression), checked
 * against an independent test of disclosure: a withheld count can be worked out from what is
 * published exactly when dropping it lowers the rank of the linear system the table's lines (rows,
 * columns and totals) give over the withheld cells.
 */
class ReportSuppressionTest {

    @Test
    void aSmallCountInAOneWayReportIsWithheldWithAPartner() {
        SuppressedTable table = new SmallNumberSuppression(5, SmallNumberSuppression.Zeros.PUBLISH).apply(new long[][] {{7, 3, 12, 0}});
        assertThat(table.cell(0, 1).suppressed()).isTrue();
        long withheld = java.util.stream.IntStream.range(0, 4).filter(c -> table.cell(0, c).suppressed()).count()
                + (table.rowTotal(0).suppressed() ? 1 : 0);
        assertThat(withheld).isGreaterThanOrEqualTo(2);
        assertThat(table.cell(0, 2).value()).hasValue(12);
    }

    @Test
    void aBridgeBetweenTwoProtectedBlocksIsClosed() {
        long[][] table = {
            {1, 1, 9, 9, 9},
            {1, 1, 9, 9, 9},
            {9, 9, 2, 2, 9},
            {9, 9, 2, 2, 9},
            {9, 9, 9, 9, 9}};
        for (SmallNumberSuppression.Zeros zeros : SmallNumberSuppression.Zeros.values()) {
            assertNoWithheldCountIsDetermined(grid(table, new SmallNumberSuppression(5, zeros).apply(table)));
        }
    }

    @Test
    void randomTablesNeverPublishASmallCountNorLeaveAWithheldOneDetermined() {
        Random random = new Random(20261123);
        long[] values = {0, 0, 1, 2, 3, 4, 5, 6, 8, 12, 20, 40};
        for (SmallNumberSuppression.Zeros zeros : SmallNumberSuppression.Zeros.values()) {
            SmallNumberSuppression suppression = new SmallNumberSuppression(5, zeros);
            for (int round = 0; round < 300; round++) {
                int rows = 1 + random.nextInt(6);
                int columns = 1 + random.nextInt(6);
                long[][] table = new long[rows][columns];
                for (long[] row : table) {
                    for (int c = 0; c < columns; c++) {
                        row[c] = values[random.nextInt(values.length)];
                    }
                }
                Cells cells = grid(table, suppression.apply(table));
                for (int r = 0; r < cells.counts().length; r++) {
                    for (int c = 0; c < cells.counts()[r].length; c++) {
                        if (!cells.withheld()[r][c]) {
                            assertThat(suppression.isSmall(cells.counts()[r][c])).as("published %d", cells.counts()[r][c]).isFalse();
                        }
                    }
                }
                assertNoWithheldCountIsDetermined(cells);
            }
        }
    }

    /** The table with its totals (last row and column) and which values are withheld. */
    private record Cells(long[][] counts, boolean[][] withheld) {
    }

    private static Cells grid(long[][] table, SuppressedTable suppressed) {
        int rows = table.length;
        int columns = table[0].length;
        long[][] counts = new long[rows + 1][columns + 1];
        boolean[][] withheld = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                PublishedCount p = r < rows && c < columns ? suppressed.cell(r, c) : r < rows ? suppressed.rowTotal(r)
                        : c < columns ? suppressed.columnTotal(c) : suppressed.grandTotal();
                withheld[r][c] = p.suppressed();
                counts[r][c] = r < rows && c < columns ? table[r][c] : 0;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                counts[r][columns] += table[r][c];
                counts[rows][c] += table[r][c];
                counts[rows][columns] += table[r][c];
            }
        }
        return new Cells(counts, withheld);
    }

    /** Rows and columns of the table with totals, each a line summing to zero with the totals taken negative. */
    private static void assertNoWithheldCountIsDetermined(Cells result) {
        long[][] grid = result.counts();
        boolean[][] withheld = result.withheld();
        int rows = grid.length;
        int columns = grid[0].length;
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (withheld[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return;
        }
        double[][] system = new double[rows + columns][unknowns.size()];
        for (int u = 0; u < unknowns.size(); u++) {
            int r = unknowns.get(u)[0];
            int c = unknowns.get(u)[1];
            boolean totalRow = r == rows - 1;
            boolean totalColumn = c == columns - 1;
            double sign = totalRow ^ totalColumn ? -1 : 1;
            system[r][u] = sign;
            system[rows + c][u] = sign;
        }
        int full = rank(system, -1);
        for (int u = 0; u < unknowns.size(); u++) {
            assertThat(rank(system, u)).as("withheld cell %s,%s can be worked out", unknowns.get(u)[0], unknowns.get(u)[1])
                    .isEqualTo(full);
        }
    }

    private static int rank(double[][] matrix, int dropColumn) {
        int rows = matrix.length;
        int columns = matrix[0].length;
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = matrix[r].clone();
            if (dropColumn >= 0) {
                m[r][dropColumn] = 0;
            }
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < rows; c++) {
            int pivot = -1;
            for (int r = rank; r < rows; r++) {
                if (Math.abs(m[r][c]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < rows; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double factor = m[r][c] / m[rank][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
