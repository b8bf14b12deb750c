package org.signpost.mecc.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Withholds small counts from a one- or two-dimensional table of counts before release.
 *
 * <p><b>Primary:</b> a count from 1 to {@code threshold - 1} is withheld, totals included. Zero is
 * published: MECC records are anonymous, and a count of none tells nothing about a person.
 *
 * <p><b>Secondary:</b> more cells are withheld until no withheld count can be worked out from the
 * published counts and totals. The table is taken with its totals row and column; each row and
 * column (totals included) is a line whose cells sum to zero with the totals counted negative.
 * A withheld cell is exposed exactly when it is a bridge of the graph whose nodes are lines and
 * whose edges are the withheld cells (it lies on no cycle of withheld cells). So: while some line
 * holds exactly one withheld cell, withhold that line's smallest published cell; then while a
 * withheld cell is a bridge, withhold the smallest published cell that closes a cycle through it.
 * Zeros are chosen last (a withheld zero in a line whose total is published protects nothing: counts
 * are never negative); ties go to a cell inside the table before a total, then to the earlier cell.
 *
 * <p>A one-dimensional table is one line (the cells and their total): it is safe when it holds
 * no withheld cell or at least two.
 */
public final class SmallCountSuppression {

    public static final int DEFAULT_THRESHOLD = 5;

    /**
     * The counts with their totals ({@code counts[rows][columns]}, the last row and column being
     * the totals) and which of them are withheld.
     */
    public record Result(long[][] counts, boolean[][] withheld) {
    }

    private final int threshold;

    public SmallCountSuppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("A suppression threshold is at least 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public boolean small(long count) {
        return count > 0 && count < threshold;
    }

    /** One line: the cells then their total in the last position. */
    public Result oneWay(long[] cells) {
        long[][] grid = new long[1][cells.length + 1];
        long total = 0;
        for (int i = 0; i < cells.length; i++) {
            grid[0][i] = cells[i];
            total += cells[i];
        }
        grid[0][cells.length] = total;
        boolean[][] withheld = new boolean[1][cells.length + 1];
        int count = 0;
        for (int i = 0; i <= cells.length; i++) {
            withheld[0][i] = small(grid[0][i]);
            count += withheld[0][i] ? 1 : 0;
        }
        if (count == 1) {
            int best = -1;
            for (int i = 0; i <= cells.length; i++) {
                if (!withheld[0][i] && (best < 0 || cheaper(grid, 0, i, 0, best))) {
                    best = i;
                }
            }
            if (best >= 0) {
                withheld[0][best] = true;
            }
        }
        return new Result(grid, withheld);
    }

    /** A table of counts (at least one row and column, rows of equal length), with totals added. */
    public Result twoWay(long[][] cells) {
        int rows = cells.length;
        int columns = cells[0].length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = cells[r][c];
                grid[r][columns] += cells[r][c];
                grid[rows][c] += cells[r][c];
                grid[rows][columns] += cells[r][c];
            }
        }
        boolean[][] withheld = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                withheld[r][c] = small(grid[r][c]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = protectLonelyCells(grid, withheld) || closeBridge(grid, withheld);
        }
        return new Result(grid, withheld);
    }

    private static boolean protectLonelyCells(long[][] grid, boolean[][] withheld) {
        boolean changed = false;
        for (int r = 0; r < grid.length; r++) {
            int count = 0;
            for (int c = 0; c < grid[0].length; c++) {
                count += withheld[r][c] ? 1 : 0;
            }
            if (count == 1) {
                int best = -1;
                for (int c = 0; c < grid[0].length; c++) {
                    if (!withheld[r][c] && (best < 0 || cheaper(grid, r, c, r, best))) {
                        best = c;
                    }
                }
                withheld[r][best] = true;
                changed = true;
            }
        }
        for (int c = 0; c < grid[0].length; c++) {
            int count = 0;
            for (int r = 0; r < grid.length; r++) {
                count += withheld[r][c] ? 1 : 0;
            }
            if (count == 1) {
                int best = -1;
                for (int r = 0; r < grid.length; r++) {
                    if (!withheld[r][c] && (best < 0 || cheaper(grid, r, c, best, c))) {
                        best = r;
                    }
                }
                withheld[best][c] = true;
                changed = true;
            }
        }
        return changed;
    }

    /** Finds a withheld cell on no cycle and withholds the cheapest cell that puts it on one. */
    private static boolean closeBridge(long[][] grid, boolean[][] withheld) {
        int rows = grid.length;
        int columns = grid[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!withheld[r][c]) {
                    continue;
                }
                // nodes 0..rows-1 are lines of rows, rows..rows+columns-1 lines of columns
                boolean[] side = reachable(withheld, r, r, c);
                if (side[rows + c]) {
                    continue;
                }
                int[] best = null;
                for (int r2 = 0; r2 < rows; r2++) {
                    for (int c2 = 0; c2 < columns; c2++) {
                        boolean crosses = side[r2] != side[rows + c2];
                        if (crosses && !withheld[r2][c2] && (best == null || cheaper(grid, r2, c2, best[0], best[1]))) {
                            best = new int[] {r2, c2};
                        }
                    }
                }
                if (best == null) {
                    throw new IllegalStateException("No cell can protect row " + r + ", column " + c);
                }
                withheld[best[0]][best[1]] = true;
                return true;
            }
        }
        return false;
    }

    /** Nodes reachable from a row's node over withheld cells, leaving out the cell (skipRow, skipColumn). */
    private static boolean[] reachable(boolean[][] withheld, int startRow, int skipRow, int skipColumn) {
        int rows = withheld.length;
        int columns = withheld[0].length;
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[startRow] = true;
        queue.add(startRow);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node < rows) {
                for (int c = 0; c < columns; c++) {
                    if (withheld[node][c] && !(node == skipRow && c == skipColumn) && !seen[rows + c]) {
                        seen[rows + c] = true;
                        queue.add(rows + c);
                    }
                }
            } else {
                int c = node - rows;
                for (int r = 0; r < rows; r++) {
                    if (withheld[r][c] && !(r == skipRow && c == skipColumn) && !seen[r]) {
                        seen[r] = true;
                        queue.add(r);
                    }
                }
            }
        }
        return seen;
    }

    private static boolean cheaper(long[][] grid, int r, int c, int otherR, int otherC) {
        long cost = cost(grid[r][c]);
        long otherCost = cost(grid[otherR][otherC]);
        if (cost != otherCost) {
            return cost < otherCost;
        }
        boolean inside = r < grid.length - 1 && c < grid[0].length - 1;
        boolean otherInside = otherR < grid.length - 1 && otherC < grid[0].length - 1;
        if (inside != otherInside) {
            return inside;
        }
        return r < otherR || (r == otherR && c < otherC);
    }

    /** A withheld zero protects nothing where a total shows the line is empty, so zeros go last. */
    private static long cost(long count) {
        return count == 0 ? Long.MAX_VALUE : count;
    }
}
