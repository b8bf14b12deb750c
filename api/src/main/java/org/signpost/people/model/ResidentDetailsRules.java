package org.signpost.people.model;

import java.time.LocalDate;
import org.signpost.platform.errors.Violations;
import org.signpost.seeds.geo.UkPostcode;

/**
 * Checks and normalises what a resident record says: a name, a date of birth that is not in the
 * future (nor over 130 years ago), a UK postcode, a valid NHS number and GP practice code when
 * given, and a way to reach them by their preferred method. Every fault is named, none written.
 */
public final class ResidentDetailsRules {

    /** The raw request, field by field (nulls where absent). */
    public record Input(String givenName, String familyName, String preferredName, LocalDate dateOfBirth, Sex sex, String postcode,
            String phone, String email, String address, ContactMethod contactMethod, String contactNotes, String nhsNumber,
            String gpPracticeOdsCode) {
    }

    private ResidentDetailsRules() {
    }

    public static ResidentDetails check(Input in, LocalDate today, Violations violations) {
        String given = trimmed(in.givenName());
        String family = trimmed(in.familyName());
        if (given == null) {
            violations.add("given_name", "must not be blank");
        }
        if (family == null) {
            violations.add("family_name", "must not be blank");
        }
        if (in.dateOfBirth() == null) {
            violations.add("date_of_birth", "is required");
        } else if (in.dateOfBirth().isAfter(today)) {
            violations.add("date_of_birth", "must not be in the future");
        } else if (in.dateOfBirth().isBefore(today.minusYears(130))) {
            violations.add("date_of_birth", "is more than 130 years ago");
        }
        String postcode = UkPostcode.normalise(in.postcode()).orElse(null);
        if (postcode == null) {
            violations.add("postcode", "is not a UK postcode");
        }
        String nhs = null;
        if (trimmed(in.nhsNumber()) != null) {
            nhs = NhsNumber.parse(in.nhsNumber()).orElse(null);
            if (nhs == null) {
                violations.add("nhs_number", "must be 10 digits with a valid modulus-11 check digit, and not one digit repeated"
                        + " (the same digit ten times is a placeholder, never issued)");
            }
        }
        String practice = null;
        if (trimmed(in.gpPracticeOdsCode()) != null) {
            practice = OdsCode.practice(in.gpPracticeOdsCode()).orElse(null);
            if (practice == null) {
                violations.add("gp_practice_ods_code", "must be a GP practice ODS code: a letter and five digits");
            }
        }
        ContactMethod method = in.contactMethod();
        String phone = trimmed(in.phone());
        String email = trimmed(in.email());
        String address = trimmed(in.address());
        if (method == null) {
            violations.add("contact_preference.method", "is required");
        } else {
            String needed = switch (method) {
                case PHONE, TEXT -> phone == null ? "contact.phone" : null;
                case EMAIL -> email == null ? "contact.email" : null;
                case LETTER -> address == null ? "contact.address" : null;
                case IN_PERSON -> null;
            };
            if (needed != null) {
                violations.add(needed, "is needed to contact the resident by " + method.wire());
            }
        }
        return new ResidentDetails(given, family, trimmed(in.preferredName()), in.dateOfBirth(), in.sex(), postcode, phone, email,
                address, method, trimmed(in.contactNotes()), nhs, practice);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
