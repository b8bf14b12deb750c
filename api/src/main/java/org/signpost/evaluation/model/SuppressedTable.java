package org.signpost.evaluation.model;

/**
 * A table of counts with its row totals, column totals and grand total, after small-number
 * suppression: every published value is the true count, and no withheld value can be worked
 * out from what is published.
 */
public final class SuppressedTable {

    private final long[][] grid;
    private final CellStatus[][] status;
    private final int rows;
    private final int columns;

    SuppressedTable(long[][] grid, CellStatus[][] status) {
        this.grid = grid;
        this.status = status;
        this.rows = grid.length - 1;
        this.columns = grid[0].length - 1;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public PublishedCount cell(int row, int column) {
        checkRow(row);
        checkColumn(column);
        return at(row, column);
    }

    public PublishedCount rowTotal(int row) {
        checkRow(row);
        return at(row, columns);
    }

    public PublishedCount columnTotal(int column) {
        checkColumn(column);
        return at(rows, column);
    }

    public PublishedCount grandTotal() {
        return at(rows, columns);
    }

    /** How many cells (totals included) are withheld. */
    public int suppressedCount() {
        int count = 0;
        for (CellStatus[] line : status) {
            for (CellStatus s : line) {
                count += s.suppressed() ? 1 : 0;
            }
        }
        return count;
    }

    private PublishedCount at(int row, int column) {
        return PublishedCount.of(status[row][column], grid[row][column]);
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
    }

    private void checkColumn(int column) {
        if (column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("column " + column + " of " + columns);
        }
    }
}
