package org.signpost.evaluation.model;

/**
 * The key of one released cell (ONS cell-key method): the sum of the record keys (0-65535, drawn
 * at random once per resident or MECC conversation and stored with it) of the records the cell
 * counts. The same records always give the same key, so the same cell always gets the same noise
 * however often, or inside whatever overlapping query, it is asked for; a cell with one record
 * more or less has an unrelated key. Counts use the key modulo 256 (the perturbation table's
 * columns), sums modulo 65536.
 */
public final class CellKey {

    /** Record keys are drawn from 0 to this minus one (the migration's {@code FLOOR(RAND() * 65536)}). */
    public static final int RECORD_KEYS = 65536;

    private long sum;

    /** The key of a cell whose records' keys add up to {@code sum}. */
    public static CellKey ofSum(long sum) {
        CellKey key = new CellKey();
        key.sum = sum;
        return key;
    }

    public void add(int recordKey) {
        sum += recordKey;
    }

    public void add(CellKey other) {
        sum += other.sum;
    }

    /** The column of the perturbation table (0-255). */
    public int countKey() {
        return (int) Math.floorMod(sum, 256L);
    }

    /** The key of a sum's noise (0-65535). */
    public int sumKey() {
        return (int) Math.floorMod(sum, (long) RECORD_KEYS);
    }
}
