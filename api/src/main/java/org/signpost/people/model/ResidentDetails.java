package org.signpost.people.model;

import java.time.LocalDate;

/** Who the resident is and how to reach them, as validated and normalised by {@link ResidentDetailsRules}. */
public record ResidentDetails(
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        Sex sex,
        String postcode,
        String phone,
        String email,
        String address,
        ContactMethod contactMethod,
        String contactNotes,
        String nhsNumber,
        String gpPracticeOdsCode) {

    public String matchKey() {
        return MatchKey.of(givenName, familyName, dateOfBirth);
    }

    /** The name a group sees: the preferred first name when given, and the family name. */
    public String displayName() {
        return (preferredName == null || preferredName.isBlank() ? givenName : preferredName) + " " + familyName;
    }

    /** The phone number or email for the preferred method, if there is one. */
    public String contactFor(ContactMethod method) {
        return switch (method) {
            case PHONE, TEXT -> phone;
            case EMAIL -> email;
            case LETTER -> address;
            case IN_PERSON -> null;
        };
    }
}
