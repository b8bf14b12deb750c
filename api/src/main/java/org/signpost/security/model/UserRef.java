package org.signpost.security.model;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Another user, as features that name users (assignments, scheme members) need them. */
public record UserRef(UUID id, String username, Set<Role> roles, Optional<UUID> organisationId, boolean enabled) {

    public UserRef {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
