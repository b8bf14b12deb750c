package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.signpost.evaluation.model.PublishedCount;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.evaluation.model.SmallNumberSuppression.Zeros;
import org.signpost.evaluation.model.SuppressedTable;

/**
 * Over many random tables (mostly small counts, so suppression has work to do), thresholds and
 * zero policies: nothing small is released, released values are the truth, and no withheld cell
 * can be recovered from what is released.
 */
class SmallNumberSuppressionPropertiesTest {

    @Property(tries = 1500)
    void noReleasedCountIsBelowTheThresholdAndEveryReleasedCountIsTrue(@ForAll("tables") long[][] counts,
            @ForAll @IntRange(min = 2, max = 10) int threshold, @ForAll Zeros zeros) {
        SuppressedTable table = new SmallNumberSuppression(threshold, zeros).apply(counts);
        long[][] truth = withTotals(counts);

        forEachCell(table, (r, c, cell) -> {
            long actual = truth[r][c];
            if (!cell.suppressed()) {
                assertThat(cell.value()).hasValue(actual);
                boolean allowedZero = actual == 0 && zeros == Zeros.PUBLISH;
                assertThat(actual >= threshold || allowedZero).as("released %d at (%d,%d), threshold %d", actual, r, c, threshold).isTrue();
            } else {
                assertThat(cell.value()).isEmpty();
            }
        });
        Statistics.label("suppressed cells").collect(table.suppressedCount() == 0 ? "none" : table.suppressedCount() < 5 ? "1-4" : "5+");
    }

    @Property(tries = 1500)
    void everyWithheldCellSharesItsRowAndItsColumnWithAnotherWithheldCell(@ForAll("tables") long[][] counts,
            @ForAll @IntRange(min = 2, max = 10) int threshold, @ForAll Zeros zeros) {
        SuppressedTable table = new SmallNumberSuppression(threshold, zeros).apply(counts);
        int height = table.rows() + 1;
        int width = table.columns() + 1;
        boolean[][] withheld = new boolean[height][width];
        forEachCell(table, (r, c, cell) -> withheld[r][c] = cell.suppressed());

        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (withheld[r][c]) {
                    int inRow = 0;
                    int inColumn = 0;
                    for (int j = 0; j < width; j++) {
                        inRow += withheld[r][j] ? 1 : 0;
                    }
                    for (int i = 0; i < height; i++) {
                        inColumn += withheld[i][c] ? 1 : 0;
                    }
                    // a withheld total counts as one of the others: the margin itself is withheld
                    assertThat(inRow).as("withheld in row %d (the cell at column %d)", r, c).isGreaterThanOrEqualTo(2);
                    assertThat(inColumn).as("withheld in column %d (the cell at row %d)", c, r).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @Property(tries = 600)
    void noWithheldCellCanBeSolvedFromTheReleasedCellsAndTotals(@ForAll("tables") long[][] counts,
            @ForAll @IntRange(min = 2, max = 10) int threshold, @ForAll Zeros zeros) {
        SuppressedTable table = new SmallNumberSuppression(threshold, zeros).apply(counts);

        List<int[]> disclosed = LinearDisclosureAudit.disclosedCells(table);

        assertThat(disclosed).as("cells an attacker can solve for").isEmpty();
    }

    @Property(tries = 300)
    void aTableWithNothingSmallIsReleasedWhole(@ForAll("largeTables") long[][] counts) {
        SuppressedTable table = SmallNumberSuppression.nhsDefault().apply(counts);

        assertThat(table.suppressedCount()).isZero();
    }

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 4)),
                Tuple.of(4, Arbitraries.longs().between(5, 40)),
                Tuple.of(1, Arbitraries.longs().between(41, 100_000)));
        return table(count, 1, 7);
    }

    @Provide
    Arbitrary<long[][]> largeTables() {
        return table(Arbitraries.longs().between(5, 1_000), 1, 8);
    }

    private static Arbitrary<long[][]> table(Arbitrary<Long> count, int min, int max) {
        return Arbitraries.integers().between(min, max).flatMap(rows -> Arbitraries.integers().between(min, max)
                .flatMap(columns -> count.list().ofSize(columns).list().ofSize(rows)))
                .map(rows -> rows.stream().map(row -> row.stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new));
    }

    interface CellVisitor {
        void visit(int row, int column, PublishedCount cell);
    }

    /** Every cell of the table with its totals; row rows() is the totals row, column columns() the totals column. */
    static void forEachCell(SuppressedTable table, CellVisitor visitor) {
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                PublishedCount cell;
                if (r == table.rows() && c == table.columns()) {
                    cell = table.grandTotal();
                } else if (r == table.rows()) {
                    cell = table.columnTotal(c);
                } else if (c == table.columns()) {
                    cell = table.rowTotal(r);
                } else {
                    cell = table.cell(r, c);
                }
                visitor.visit(r, c, cell);
            }
        }
    }

    static long[][] withTotals(long[][] counts) {
        long[][] grid = new long[counts.length + 1][counts[0].length + 1];
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[0].length; c++) {
                grid[r][c] = counts[r][c];
                grid[r][counts[0].length] += counts[r][c];
                grid[counts.length][c] += counts[r][c];
                grid[counts.length][counts[0].length] += counts[r][c];
            }
        }
        return grid;
    }
}
