package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.WebFormats;

/**
 * An email address that reaches someone on the internet: a plain {@code name@example.org}, by
 * {@link WebFormats#isEmail}, the rule the ORUK importer applies; this class adds the listing rules' violation.
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        return WebFormats.isEmail(value);
    }

    public static void check(String value, String field, Violations violations) {
        if (value != null && !isValid(value)) {
            violations.add(field, "must be an email address");
        }
    }
}
