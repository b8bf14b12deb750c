package org.signpost.directory.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.signpost.platform.errors.Violations;

/** A web address residents may be sent to: absolute, http or https, with a host. Nothing else (no javascript:, no mailto:). */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Adds a violation when a given value is not a valid address; absent values are fine. */
    public static void check(String value, String field, Violations violations) {
        if (value != null && !isValid(value)) {
            violations.add(field, "must be an http or https address");
        }
    }
}
