package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.WebFormats;

/**
 * A web address residents may be sent to: absolute, http or https, with a real host name. Nothing else (no javascript:,
 * no mailto:). The rule is {@link WebFormats#isHttpUrl}, the one the ORUK importer applies; this class adds the
 * listing rules' violation.
 */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isValid(String value) {
        return WebFormats.isHttpUrl(value);
    }

    /** Adds a violation when a given value is not a valid address; absent values are fine. */
    public static void check(String value, String field, Violations violations) {
        if (value != null && !isValid(value)) {
            violations.add(field, "must be an http or https address");
        }
    }
}
