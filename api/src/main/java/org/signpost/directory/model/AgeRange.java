package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;

/** Eligibility ages: each 0 to 130 when given, and the minimum not above the maximum. */
public final class AgeRange {

    public static final int OLDEST = 130;

    private AgeRange() {
    }

    public static void check(Integer minimum, Integer maximum, Violations violations) {
        boolean minOk = inRange(minimum, "minimum_age", violations);
        boolean maxOk = inRange(maximum, "maximum_age", violations);
        if (minOk && maxOk && minimum != null && maximum != null && minimum > maximum) {
            violations.add("minimum_age", "must not be above maximum_age (" + maximum + ")");
        }
    }

    private static boolean inRange(Integer age, String field, Violations violations) {
        if (age != null && (age < 0 || age > OLDEST)) {
            violations.add(field, "must be between 0 and " + OLDEST);
            return false;
        }
        return true;
    }
}
