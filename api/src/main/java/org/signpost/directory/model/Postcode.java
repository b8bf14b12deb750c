package org.signpost.directory.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A UK postcode's shape (outward code, space, inward code), stored upper case with one space. */
public final class Postcode {

    private static final Pattern SHAPE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

    private Postcode() {
    }

    /** The postcode as stored ({@code S60 1AB}), or null when the value is not a postcode's shape. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var matcher = SHAPE.matcher(compact);
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : null;
    }

    public static void check(String value, String field, Violations violations) {
        if (value != null && normalise(value) == null) {
            violations.add(field, "must be a UK postcode, e.g. S60 1AB");
        }
    }
}
