package org.signpost.seeds.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a UK postcode's shape, for every feature: a full postcode is stored upper case
 * with one space ({@code S60 1AB}); its outcode (the postcode district, {@code S60}) is what search
 * locates and what an evaluator sees instead of an address. Case and spaces (including no-break
 * spaces) do not matter. Syntax only: whether a district exists is {@link Outcodes}' business.
 */
public final class UkPostcode {

    private static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern FULL = Pattern.compile("^(" + OUTWARD + ")([0-9][A-Z]{2})$");
    private static final Pattern OUTWARD_ONLY = Pattern.compile("^" + OUTWARD + "$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final String GIROBANK = "GIR0AA";
    private static final int LONGEST_INPUT = 16;

    private UkPostcode() {
    }

    /** The postcode as stored ({@code S60 1AB}); empty when the text is not a full postcode. */
    public static Optional<String> normalise(String text) {
        String compact = compact(text);
        if (compact == null) {
            return Optional.empty();
        }
        if (compact.equals(GIROBANK)) {
            return Optional.of("GIR 0AA");
        }
        Matcher full = FULL.matcher(compact);
        return full.matches() ? Optional.of(full.group(1) + " " + full.group(2)) : Optional.empty();
    }

    /** The outcode of a full postcode or of a bare outcode ({@code s60} → {@code S60}); empty when it is neither. */
    public static Optional<String> outcode(String text) {
        String compact = compact(text);
        if (compact == null) {
            return Optional.empty();
        }
        if (compact.equals(GIROBANK)) {
            return Optional.of("GIR");
        }
        Matcher full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(full.group(1));
        }
        return OUTWARD_ONLY.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    private static String compact(String text) {
        if (text == null || text.length() > LONGEST_INPUT) {
            return null;
        }
        return SPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
