package org.signpost.evaluation.model;

import java.util.Optional;

/**
 * Withholds small counts from a table before it is released, NHS style.
 *
 * <p><b>Primary suppression:</b> every count, totals included, from 1 to {@code threshold - 1}
 * is withheld; so is 0 unless the policy publishes true zeros ({@link Zeros}). The default
 * withholds zeros too: a published 0 can tell that everyone in a row shares an outcome.
 *
 * <p><b>Secondary suppression:</b> more cells are withheld until no withheld value can be
 * worked out from what is published. First, wherever a row or column (the totals row and column
 * included) has exactly one withheld cell, its smallest published cell is withheld too (a cell
 * inside the table before a total when they tie). Then, while some withheld cell could still be
 * solved from the row and column sums taken together (see {@link SuppressionGraph}), the smallest
 * cell that closes the gap is withheld. This repeats until nothing changes. In the result every
 * withheld cell shares its row and its column with another withheld cell, and no withheld value
 * is determined by the published values and the totals.
 *
 * <p>Published values are the true counts, so published totals always agree with the table.
 * Not covered: bounds an attacker can derive (counts are never negative), and several tables
 * released from the same data; callers release one table per population.
 */
public final class SmallNumberSuppression {

    /** Whether a true zero is published or withheld like any other small count. */
    public enum Zeros {
        SUPPRESS,
        PUBLISH
    }

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;
    private final Zeros zeros;

    public SmallNumberSuppression(int threshold, Zeros zeros) {
        if (threshold < 1) {
            throw new IllegalArgumentException("A suppression threshold must be at least 1, not " + threshold);
        }
        this.threshold = threshold;
        this.zeros = zeros;
    }

    /** Counts under 5 withheld, zeros included. */
    public static SmallNumberSuppression nhsDefault() {
        return new SmallNumberSuppression(DEFAULT_THRESHOLD, Zeros.SUPPRESS);
    }

    public int threshold() {
        return threshold;
    }

    public Zeros zeros() {
        return zeros;
    }

    /** The primary rule: would this count be withheld on its own account? */
    public boolean isSmall(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return count < threshold && (count > 0 || zeros == Zeros.SUPPRESS);
    }

    /** Suppresses a table of counts ({@code counts[row][column]}, at least one row and column, all rows the same length). */
    public SuppressedTable apply(long[][] counts) {
        long[][] grid = withTotals(counts);
        int height = grid.length;
        int width = grid[0].length;
        CellStatus[][] status = new CellStatus[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                status[r][c] = isSmall(grid[r][c]) ? CellStatus.PRIMARY : CellStatus.PUBLISHED;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = protectLonelyCells(grid, status);
            if (!changed) {
                changed = protectSolvableCell(grid, status);
            }
        }
        return new SuppressedTable(grid, status);
    }

    /** Withholds the smallest published cell of every line that has exactly one withheld cell. */
    private static boolean protectLonelyCells(long[][] grid, CellStatus[][] status) {
        boolean changed = false;
        for (int r = 0; r < grid.length; r++) {
            if (withheldInRow(status, r) == 1) {
                int best = -1;
                for (int c = 0; c < grid[r].length; c++) {
                    if (!status[r][c].suppressed() && (best < 0 || cheaper(grid, r, c, r, best))) {
                        best = c;
                    }
                }
                status[r][best] = CellStatus.SECONDARY;
                changed = true;
            }
        }
        for (int c = 0; c < grid[0].length; c++) {
            if (withheldInColumn(status, c) == 1) {
                int best = -1;
                for (int r = 0; r < grid.length; r++) {
                    if (!status[r][c].suppressed() && (best < 0 || cheaper(grid, r, c, best, c))) {
                        best = r;
                    }
                }
                status[best][c] = CellStatus.SECONDARY;
                changed = true;
            }
        }
        return changed;
    }

    /** Withholds the smallest cell that puts a solvable withheld cell on a cycle of withheld cells. */
    private static boolean protectSolvableCell(long[][] grid, CellStatus[][] status) {
        SuppressionGraph graph = new SuppressionGraph(status);
        Optional<int[]> solvable = graph.recoverableCell();
        if (solvable.isEmpty()) {
            return false;
        }
        boolean[] side = graph.rowSide(solvable.get()[0], solvable.get()[1]);
        int[] best = null;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                boolean crosses = graph.isRowNodeOn(side, r) != graph.isColumnNodeOn(side, c);
                if (crosses && !status[r][c].suppressed() && (best == null || cheaper(grid, r, c, best[0], best[1]))) {
                    best = new int[] {r, c};
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("No cell can protect row " + solvable.get()[0] + ", column " + solvable.get()[1]);
        }
        status[best[0]][best[1]] = CellStatus.SECONDARY;
        return true;
    }

    /** Smaller count first; on a tie a cell inside the table before a total, then the earlier cell. */
    private static boolean cheaper(long[][] grid, int r, int c, int otherR, int otherC) {
        if (grid[r][c] != grid[otherR][otherC]) {
            return grid[r][c] < grid[otherR][otherC];
        }
        boolean inside = r < grid.length - 1 && c < grid[0].length - 1;
        boolean otherInside = otherR < grid.length - 1 && otherC < grid[0].length - 1;
        if (inside != otherInside) {
            return inside;
        }
        return r != otherR ? r < otherR : c < otherC;
    }

    private static int withheldInRow(CellStatus[][] status, int r) {
        int n = 0;
        for (CellStatus s : status[r]) {
            n += s.suppressed() ? 1 : 0;
        }
        return n;
    }

    private static int withheldInColumn(CellStatus[][] status, int c) {
        int n = 0;
        for (CellStatus[] row : status) {
            n += row[c].suppressed() ? 1 : 0;
        }
        return n;
    }

    private static long[][] withTotals(long[][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("A table needs at least one row and one column");
        }
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("Row " + r + " has " + counts[r].length + " columns, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                long count = counts[r][c];
                if (count < 0) {
                    throw new IllegalArgumentException("A count cannot be negative: row " + r + ", column " + c);
                }
                grid[r][c] = count;
                grid[r][columns] = Math.addExact(grid[r][columns], count);
                grid[rows][c] = Math.addExact(grid[rows][c], count);
                grid[rows][columns] = Math.addExact(grid[rows][columns], count);
            }
        }
        return grid;
    }
}
