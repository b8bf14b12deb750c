package org.signpost.seeds.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects violations while the rules walk a record. */
final class Findings {

    private final List<Violation> violations = new ArrayList<>();

    void add(String field, String detail) {
        violations.add(new Violation(field, detail));
    }

    void required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "is required");
        }
    }

    void text(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            add(field, "is " + value.length() + " characters long; at most " + limit + " are allowed");
        }
    }

    void url(String field, String value) {
        if (value != null && !WebFormats.isHttpUrl(value)) {
            add(field, "'" + abbreviate(value) + "' is not an absolute http(s) URL");
        }
    }

    void email(String field, String value) {
        if (value != null && !WebFormats.isEmail(value)) {
            add(field, "'" + abbreviate(value) + "' is not an email address");
        }
    }

    void period(String prefix, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            add(prefix + "valid_to", to + " is before valid_from " + from);
        }
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
