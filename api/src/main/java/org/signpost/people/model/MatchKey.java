package org.signpost.people.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What two records of the same person share even when typed differently: first name, last name
 * (case and spaces ignored) and date of birth.
 */
public final class MatchKey {

    private MatchKey() {
    }

    public static String of(String givenName, String familyName, LocalDate dateOfBirth) {
        return squash(givenName) + "|" + squash(familyName) + "|" + dateOfBirth;
    }

    private static String squash(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
