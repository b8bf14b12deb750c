package org.signpost.people.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.people.model.Consent;
import org.signpost.people.model.Resident;

/**
 * A resident record as shown to someone allowed to read it: consents, the records merged into it,
 * possible duplicates (staff only), and the names of the users who recorded things.
 */
public record ResidentView(
        Resident resident,
        List<Consent> consents,
        List<UUID> mergedFrom,
        List<Duplicate> possibleDuplicates,
        Map<UUID, String> usernames) {

    /** Another record that may be the same person, and why. */
    public record Duplicate(Resident resident, String matchedOn) {
    }

    /** The personal-data fields a full view shows, for the audit log. */
    public static final List<String> FIELDS = List.of("given_name", "family_name", "preferred_name", "date_of_birth", "sex",
            "postcode", "contact", "contact_preference", "nhs_number", "gp_practice_ods_code", "consents");

    public static final List<String> DUPLICATE_FIELDS = List.of("given_name", "family_name", "date_of_birth");
}
