package org.signpost.security.model;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A user as an admin lists them: never a password hash. */
public record UserSummary(UUID id, String username, Set<Role> roles, Optional<UUID> organisationId, boolean enabled,
        Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
