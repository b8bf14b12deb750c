package org.signpost.mecc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.signpost.mecc.model.SmallCountSuppression;

/**
 * The suppression rule checked against an independent test of disclosure: a withheld count can be
 * worked out from what is published exactly when dropping it lowers the rank of the linear system
 * the table's lines (rows, columns, totals) give over the withheld cells.
 */
class SmallCountSuppressionTest {

    private final SmallCountSuppression suppression = new SmallCountSuppression(5);

    @Test
    void aSmallCountIsWithheldWithAPartnerSoTheTotalDoesNotGiveItAway() {
        SmallCountSuppression.Result result = suppression.oneWay(new long[] {7, 3, 12, 0});

        assertThat(result.counts()[0]).containsExactly(7, 3, 12, 0, 22);
        assertThat(result.withheld()[0]).containsExactly(true, true, false, false, false);
    }

    @Test
    void aTwoWayTableWithholdsARectangleOfNonZeroCells() {
        SmallCountSuppression.Result result = suppression.twoWay(new long[][] {{7, 8}, {3, 9}, {6, 5}, {0, 0}});

        boolean[][] w = result.withheld();
        assertThat(w[1]).containsExactly(true, true, false);
        assertThat(w[2]).containsExactly(true, true, false);
        assertThat(w[0]).containsExactly(false, false, false);
        assertThat(w[3]).as("zeros are not used to protect: the row total 0 would give them away").containsExactly(false, false, false);
        assertNoWithheldCountIsDetermined(result);
    }

    @Test
    void aBridgeBetweenTwoProtectedBlocksIsClosed() {
        // two 2x2 blocks of small counts, which the row and column rule alone leaves joined by a lonely path
        long[][] table = {
            {1, 1, 9, 9, 9},
            {1, 1, 9, 9, 9},
            {9, 9, 2, 2, 9},
            {9, 9, 2, 2, 9},
            {9, 9, 9, 9, 9}};
        SmallCountSuppression.Result result = suppression.twoWay(table);
        assertNoWithheldCountIsDetermined(result);
    }

    @Test
    void randomTablesNeverPublishASmallCountNorLeaveAWithheldOneDetermined() {
        Random random = new Random(20261123);
        long[] values = {0, 0, 1, 2, 3, 4, 5, 6, 8, 12, 20, 40};
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] table = new long[rows][columns];
            for (long[] row : table) {
                for (int c = 0; c < columns; c++) {
                    row[c] = values[random.nextInt(values.length)];
                }
            }
            SmallCountSuppression.Result two = suppression.twoWay(table);
            assertNothingSmallPublished(two);
            assertNoWithheldCountIsDetermined(two);

            SmallCountSuppression.Result one = suppression.oneWay(table[0]);
            assertNothingSmallPublished(one);
            int withheld = 0;
            for (boolean w : one.withheld()[0]) {
                withheld += w ? 1 : 0;
            }
            assertThat(withheld).as("one line: none withheld, or at least two").isNotEqualTo(1);
        }
    }

    private void assertNothingSmallPublished(SmallCountSuppression.Result result) {
        for (int r = 0; r < result.counts().length; r++) {
            for (int c = 0; c < result.counts()[r].length; c++) {
                if (!result.withheld()[r][c]) {
                    assertThat(suppression.small(result.counts()[r][c])).as("published %d", result.counts()[r][c]).isFalse();
                }
            }
        }
    }

    /** Rows and columns of the table with totals, each a line summing to zero with the totals taken negative. */
    private static void assertNoWithheldCountIsDetermined(SmallCountSuppression.Result result) {
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
