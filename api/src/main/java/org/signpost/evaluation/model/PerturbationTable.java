package org.signpost.evaluation.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The published cell-key perturbation table: for a count and its cell key (0-255), the small
 * noise added to the count before it is released (ONS, Census 2021). Data, not code:
 * {@code evaluation/perturbation-table.csv} on the classpath, one line per (count, cell key),
 * written by {@code scripts/perturbation-table.py}; counts beyond the last row use the last row.
 */
public final class PerturbationTable {

    public static final String RESOURCE = "/evaluation/perturbation-table.csv";

    private final int[][] noise;

    private PerturbationTable(int[][] noise) {
        this.noise = noise;
    }

    /** The table shipped with Signpost. */
    public static PerturbationTable standard() {
        try (InputStream in = PerturbationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The perturbation table " + RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code count,cell_key,noise} lines (a header and # comments allowed); every key of every count must be given. */
    public static PerturbationTable parse(Reader source) throws IOException {
        int[][] rows = new int[0][];
        BufferedReader reader = new BufferedReader(source);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("count")) {
                continue;
            }
            String[] parts = line.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected count,cell_key,noise");
            }
            int count = Integer.parseInt(parts[0].trim());
            int key = Integer.parseInt(parts[1].trim());
            if (count < 0 || key < 0 || key > 255) {
                throw new IllegalArgumentException("line " + lineNumber + ": count must be 0 or more and cell_key 0-255");
            }
            if (count >= rows.length) {
                int from = rows.length;
                rows = Arrays.copyOf(rows, count + 1);
                for (int c = from; c <= count; c++) {
                    rows[c] = new int[256];
                    Arrays.fill(rows[c], Integer.MIN_VALUE);
                }
            }
            rows[count][key] = Integer.parseInt(parts[2].trim());
        }
        for (int c = 0; c < rows.length; c++) {
            for (int k = 0; k < 256; k++) {
                if (rows[c][k] == Integer.MIN_VALUE) {
                    throw new IllegalArgumentException("count " + c + ", cell key " + k + " has no noise");
                }
            }
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("the table is empty");
        }
        return new PerturbationTable(rows);
    }

    /** The noise for a count (rows beyond the last use the last) and a cell key. */
    public int noise(long count, int cellKey) {
        int row = (int) Math.min(count, noise.length - 1);
        return noise[row][cellKey];
    }

    /** The largest count with its own row (larger counts share it). */
    public int lastRow() {
        return noise.length - 1;
    }
}
