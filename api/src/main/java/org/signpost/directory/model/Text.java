package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;

/** Free text as stored: trimmed, and blank is the same as absent. Sizes are limited by the contract. */
public final class Text {

    private Text() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A required text: adds a violation and returns null when blank. */
    public static String required(String value, String field, Violations violations) {
        String cleaned = clean(value);
        if (cleaned == null) {
            violations.add(field, "must not be blank");
        }
        return cleaned;
    }
}
