package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.model.CellStatus;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.evaluation.model.SmallNumberSuppression.Zeros;
import org.signpost.evaluation.model.SuppressedTable;

/** Worked examples of primary and secondary suppression. */
class SmallNumberSuppressionTest {

    @Test
    void oneSmallCellIsProtectedByTheNextSmallestInItsRowAndColumnAndOneMoreToCloseTheSquare() {
        long[][] counts = {
                {2, 10, 20},
                {8, 12, 30},
                {40, 50, 60}};

        SuppressedTable table = SmallNumberSuppression.nhsDefault().apply(counts);

        assertThat(statuses(table)).containsExactly(
                "P S . | .",
                "S S . | .",
                ". . . | .",
                ". . . | .");
        assertThat(table.rowTotal(0).value()).hasValue(32);
        assertThat(table.grandTotal().value()).hasValue(232);
        assertThat(LinearDisclosureAudit.disclosedCells(table)).isEmpty();
    }

    @Test
    void aSmallTotalIsWithheldAndProtectedLikeAnyCell() {
        long[][] counts = {
                {1, 2},
                {30, 40}};

        SuppressedTable table = SmallNumberSuppression.nhsDefault().apply(counts);

        assertThat(table.rowTotal(0).status()).isEqualTo(CellStatus.PRIMARY); // 3
        assertThat(table.cell(0, 0).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(table.cell(0, 1).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(LinearDisclosureAudit.disclosedCells(table)).isEmpty();
        // the column of row totals (3, 70 | 73) would give 3 away: another row total goes too
        assertThat(table.rowTotal(1).suppressed() || table.grandTotal().suppressed()).isTrue();
    }

    @Test
    void twoBlocksOfSmallCellsJoinedByOneCellAreNotEnough() {
        // each withheld cell shares its row and column, yet the joining cell (1,2) = 3 can be
        // solved: rows 0+1 minus columns 0+1 leave exactly it. Another cell must go.
        long[][] counts = {
                {1, 2, 50, 50},
                {3, 4, 3, 50},
                {50, 50, 1, 2},
                {50, 50, 3, 4}};
        SmallNumberSuppression policy = SmallNumberSuppression.nhsDefault();

        SuppressedTable table = policy.apply(counts);

        assertThat(LinearDisclosureAudit.disclosedCells(table)).isEmpty();
        assertThat(table.suppressedCount()).isGreaterThan(9);
        assertThat(table.cell(1, 2).status()).isEqualTo(CellStatus.PRIMARY);
    }

    @Test
    void zerosAreWithheldByDefaultAndReleasedOnlyWhenThePolicySaysSo() {
        long[][] counts = {
                {0, 20, 30},
                {0, 25, 35}};

        SuppressedTable strict = SmallNumberSuppression.nhsDefault().apply(counts);
        SuppressedTable zerosReleased = new SmallNumberSuppression(5, Zeros.PUBLISH).apply(counts);

        assertThat(strict.cell(0, 0).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(strict.columnTotal(0).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(LinearDisclosureAudit.disclosedCells(strict)).isEmpty();
        assertThat(zerosReleased.suppressedCount()).isZero();
        assertThat(zerosReleased.cell(0, 0).value()).hasValue(0);
    }

    @Test
    void theThresholdIsConfigurable() {
        long[][] counts = {{7, 12}, {30, 40}};

        assertThat(SmallNumberSuppression.nhsDefault().apply(counts).suppressedCount()).isZero();
        SuppressedTable ten = new SmallNumberSuppression(10, Zeros.SUPPRESS).apply(counts);
        assertThat(ten.cell(0, 0).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(LinearDisclosureAudit.disclosedCells(ten)).isEmpty();
    }

    @Test
    void aSingleSmallCountIsWithheldWithAllItsTotals() {
        SuppressedTable table = SmallNumberSuppression.nhsDefault().apply(new long[][] {{3}});

        assertThat(table.suppressedCount()).isEqualTo(4);
    }

    @Test
    void nonsenseIsRefused() {
        SmallNumberSuppression policy = SmallNumberSuppression.nhsDefault();
        assertThatThrownBy(() -> policy.apply(new long[][] {{1, -1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.apply(new long[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.apply(new long[0][0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallNumberSuppression(0, Zeros.SUPPRESS)).isInstanceOf(IllegalArgumentException.class);
    }

    /** One line per row (totals row last): P primary, S secondary, . released; totals after the bar. */
    private static List<String> statuses(SuppressedTable table) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r <= table.rows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c <= table.columns(); c++) {
                var cell = r == table.rows() ? (c == table.columns() ? table.grandTotal() : table.columnTotal(c))
                        : (c == table.columns() ? table.rowTotal(r) : table.cell(r, c));
                if (c == table.columns()) {
                    line.append("| ");
                }
                line.append(switch (cell.status()) {
                    case PRIMARY -> "P";
                    case SECONDARY -> "S";
                    case PUBLISHED -> ".";
                });
                if (c < table.columns()) {
                    line.append(' ');
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
