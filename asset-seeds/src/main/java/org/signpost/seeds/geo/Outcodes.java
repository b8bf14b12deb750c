package org.signpost.seeds.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Postcode lookup without a geocoder: a full postcode or an outcode to the centroid of its postcode
 * district, from {@code geo/uk-outcodes.csv} (OS / Royal Mail / ONS data under the OGL v3: see
 * {@code geo/LICENCE.md}, whose attribution must be shown with the results). Immutable and thread-safe;
 * load once and share.
 */
public final class Outcodes {

    /** The bundled table on the classpath. */
    public static final String RESOURCE = "/geo/uk-outcodes.csv";

    private static final Pattern OUTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    private final Map<String, OutcodeCentroid> byOutcode;
    private final List<OutcodeCentroid> all;

    private Outcodes(List<OutcodeCentroid> centroids) {
        this.all = List.copyOf(centroids);
        this.byOutcode = new HashMap<>(centroids.size() * 2);
        centroids.forEach(c -> byOutcode.put(c.outcode(), c));
    }

    /** The bundled UK table (about 3,000 outcodes): read once per JVM, and every caller shares that one table. */
    public static Outcodes loadDefault() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final Outcodes TABLE = readBundled();
    }

    private static Outcodes readBundled() {
        try (InputStream in = Outcodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table with header {@code id,outcode,latitude,longitude} (further columns ignored).
     *
     * @throws IllegalArgumentException naming the line of a row that cannot be read
     */
    public static Outcodes load(Reader csv) throws IOException {
        List<OutcodeCentroid> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(csv);
        String header = reader.readLine();
        if (header == null || !header.startsWith("id,outcode,latitude,longitude")) {
            throw new IllegalArgumentException("line 1: expected header id,outcode,latitude,longitude but got " + header);
        }
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                String outcode = normalise(cells[1]);
                if (!OUTCODE.matcher(outcode).matches()) {
                    throw new IllegalArgumentException("'" + cells[1] + "' is not an outcode");
                }
                rows.add(new OutcodeCentroid(outcode, Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": cannot read '" + line + "': " + e.getMessage(), e);
            }
        }
        return new Outcodes(rows);
    }

    /**
     * The centroid of the district of a full postcode ({@code "s65 1ab"}, {@code "S651AB"}) or an outcode
     * ({@code "s65"}), ignoring case and spaces; empty when the text is not a postcode or its district is unknown.
     */
    public Optional<OutcodeCentroid> centroidOf(String postcodeOrOutcode) {
        return outcodeOf(postcodeOrOutcode).map(byOutcode::get);
    }

    /** The outcode of a full postcode or outcode, upper case without spaces; empty when malformed (syntax only: {@link UkPostcode}). */
    public static Optional<String> outcodeOf(String postcodeOrOutcode) {
        return UkPostcode.outcode(postcodeOrOutcode);
    }

    /** Every outcode in the table, in table order. */
    public List<OutcodeCentroid> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    private static String normalise(String text) {
        return SPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
