package org.signpost.evaluation.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The withheld cells of a table with its totals, seen as a graph: one node per line (each row,
 * the totals row, each column, the totals column), one edge per withheld cell joining its row
 * and its column. Each line's published values fix the sum of its withheld cells, and a
 * withheld cell can be worked out from those sums exactly when its edge is a bridge (it lies on
 * no cycle). This finds such cells.
 */
final class SuppressionGraph {

    private final CellStatus[][] status;
    private final int rowNodes;
    private final List<List<Integer>> adjacent = new ArrayList<>();
    private int[] discovered;
    private int[] low;
    private int time;

    SuppressionGraph(CellStatus[][] status) {
        this.status = status;
        this.rowNodes = status.length;
        int columnNodes = status[0].length;
        for (int n = 0; n < rowNodes + columnNodes; n++) {
            adjacent.add(new ArrayList<>());
        }
        for (int r = 0; r < rowNodes; r++) {
            for (int c = 0; c < columnNodes; c++) {
                if (status[r][c].suppressed()) {
                    adjacent.get(r).add(rowNodes + c);
                    adjacent.get(rowNodes + c).add(r);
                }
            }
        }
    }

    /** A withheld cell {row, column} that could be worked out from the published values, if any. */
    Optional<int[]> recoverableCell() {
        int nodes = adjacent.size();
        discovered = new int[nodes];
        low = new int[nodes];
        Arrays.fill(discovered, -1);
        time = 0;
        for (int n = 0; n < nodes; n++) {
            if (discovered[n] < 0) {
                Optional<int[]> bridge = bridgeFrom(n, -1);
                if (bridge.isPresent()) {
                    return bridge;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<int[]> bridgeFrom(int node, int parent) {
        discovered[node] = low[node] = time++;
        for (int next : adjacent.get(node)) {
            if (discovered[next] < 0) {
                Optional<int[]> found = bridgeFrom(next, node);
                if (found.isPresent()) {
                    return found;
                }
                low[node] = Math.min(low[node], low[next]);
                if (low[next] > discovered[node]) {
                    return Optional.of(cellOf(node, next));
                }
            } else if (next != parent) {
                low[node] = Math.min(low[node], discovered[next]);
            }
        }
        return Optional.empty();
    }

    /**
     * The lines on the row's side of a bridge cell: those reachable from its row through other
     * withheld cells. Withholding one more cell joining this side to the other side puts the
     * bridge on a cycle.
     */
    boolean[] rowSide(int row, int column) {
        boolean[] seen = new boolean[adjacent.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[row] = true;
        queue.add(row);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int next : adjacent.get(node)) {
                boolean isBridge = (node == row && next == rowNodes + column) || (next == row && node == rowNodes + column);
                if (!isBridge && !seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    boolean isRowNodeOn(boolean[] side, int row) {
        return side[row];
    }

    boolean isColumnNodeOn(boolean[] side, int column) {
        return side[rowNodes + column];
    }

    private int[] cellOf(int a, int b) {
        int row = Math.min(a, b);
        int column = Math.max(a, b) - rowNodes;
        return new int[] {row, column};
    }

    CellStatus[][] status() {
        return status;
    }
}
