package org.signpost.people.model;

import java.time.Instant;
import java.util.UUID;

/** A resident record as stored. {@code mergedInto} is set when it was merged into another record. */
public record Resident(
        UUID id,
        UUID schemeId,
        UUID userAccountId,
        ResidentDetails details,
        UUID mergedInto,
        long version,
        Instant createdAt) {

    public boolean merged() {
        return mergedInto != null;
    }
}
