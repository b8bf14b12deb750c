package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;
import org.signpost.seeds.geo.UkPostcode;

/** A listing's postcode: checked and stored as {@link UkPostcode} reads it (upper case, one space). */
public final class Postcode {

    private Postcode() {
    }

    /** The postcode as stored ({@code S60 1AB}), or null when the value is not a postcode's shape. */
    public static String normalise(String value) {
        return UkPostcode.normalise(value).orElse(null);
    }

    public static void check(String value, String field, Violations violations) {
        if (value != null && normalise(value) == null) {
            violations.add(field, "must be a UK postcode, e.g. S60 1AB");
        }
    }
}
