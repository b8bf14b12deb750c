package org.signpost.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.signpost.evaluation.model.SuppressedTable;

/**
 * An attacker's view of a released table, independent of how the suppression was chosen: the
 * withheld cells are unknowns, and every row and column (totals included) gives one linear
 * equation. A withheld cell is disclosed when that system fixes its value, i.e. when its unit
 * vector lies in the row space of the equations. Exact arithmetic (fractions), no tolerances.
 */
final class LinearDisclosureAudit {

    private LinearDisclosureAudit() {
    }

    /** The withheld cells {row, column} of the table with totals (index rows() is the totals row) that are disclosed. */
    static List<int[]> disclosedCells(SuppressedTable table) {
        int height = table.rows() + 1;
        int width = table.columns() + 1;
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (status(table, r, c)) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<BigFraction[]> equations = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            BigFraction[] equation = zeros(unknowns.size());
            for (int k = 0; k < unknowns.size(); k++) {
                if (unknowns.get(k)[0] == r) {
                    equation[k] = unknowns.get(k)[1] == width - 1 ? BigFraction.MINUS_ONE : BigFraction.ONE;
                }
            }
            equations.add(equation);
        }
        for (int c = 0; c < width; c++) {
            BigFraction[] equation = zeros(unknowns.size());
            for (int k = 0; k < unknowns.size(); k++) {
                if (unknowns.get(k)[1] == c) {
                    equation[k] = unknowns.get(k)[0] == height - 1 ? BigFraction.MINUS_ONE : BigFraction.ONE;
                }
            }
            equations.add(equation);
        }
        List<Pivoted> basis = reducedRows(equations, unknowns.size());
        List<int[]> disclosed = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            BigFraction[] unit = zeros(unknowns.size());
            unit[k] = BigFraction.ONE;
            if (inRowSpace(unit, basis)) {
                disclosed.add(unknowns.get(k));
            }
        }
        return disclosed;
    }

    private static boolean status(SuppressedTable table, int r, int c) {
        boolean totalRow = r == table.rows();
        boolean totalColumn = c == table.columns();
        if (totalRow && totalColumn) {
            return table.grandTotal().suppressed();
        }
        if (totalRow) {
            return table.columnTotal(c).suppressed();
        }
        if (totalColumn) {
            return table.rowTotal(r).suppressed();
        }
        return table.cell(r, c).suppressed();
    }

    /** A basis row with a 1 in its pivot column, where every other basis row has 0. */
    private record Pivoted(int pivot, BigFraction[] row) {
    }

    /** Gauss-Jordan elimination of the equations into an independent basis of their row space. */
    private static List<Pivoted> reducedRows(List<BigFraction[]> rows, int width) {
        List<Pivoted> basis = new ArrayList<>();
        for (BigFraction[] original : rows) {
            BigFraction[] row = original.clone();
            for (Pivoted b : basis) {
                subtractMultiple(row, b.row(), row[b.pivot()]);
            }
            int pivot = firstNonZero(row);
            if (pivot < 0) {
                continue;
            }
            BigFraction lead = row[pivot];
            for (int j = 0; j < width; j++) {
                row[j] = row[j].divide(lead);
            }
            for (Pivoted b : basis) {
                subtractMultiple(b.row(), row, b.row()[pivot]);
            }
            basis.add(new Pivoted(pivot, row));
        }
        return basis;
    }

    private static boolean inRowSpace(BigFraction[] vector, List<Pivoted> basis) {
        BigFraction[] rest = vector.clone();
        for (Pivoted b : basis) {
            subtractMultiple(rest, b.row(), rest[b.pivot()]);
        }
        return firstNonZero(rest) < 0;
    }

    private static void subtractMultiple(BigFraction[] target, BigFraction[] row, BigFraction factor) {
        if (factor.equals(BigFraction.ZERO)) {
            return;
        }
        for (int j = 0; j < target.length; j++) {
            target[j] = target[j].subtract(row[j].multiply(factor));
        }
    }

    private static int firstNonZero(BigFraction[] row) {
        for (int j = 0; j < row.length; j++) {
            if (!row[j].equals(BigFraction.ZERO)) {
                return j;
            }
        }
        return -1;
    }

    private static BigFraction[] zeros(int n) {
        BigFraction[] row = new BigFraction[n];
        java.util.Arrays.fill(row, BigFraction.ZERO);
        return row;
    }
}
