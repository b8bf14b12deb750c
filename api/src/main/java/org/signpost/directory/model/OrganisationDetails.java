package org.signpost.directory.model;

import java.time.Instant;
import java.util.UUID;

/** An organisation as stored. */
public record OrganisationDetails(UUID id, String name, String description, String email, String website, String logo,
        long version, Instant createdAt, Instant updatedAt) {
}
