package org.signpost.security.model;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user to create. A GROUP_EDITOR must be bound to an organisation; nobody else is.
 */
public record NewUser(String username, String password, Set<Role> roles, Optional<UUID> organisationId) {

    public NewUser {
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        if (roles.contains(Role.GROUP_EDITOR) != organisationId.isPresent()) {
            throw new IllegalArgumentException("A GROUP_EDITOR is bound to exactly one organisation, and only a GROUP_EDITOR is");
        }
    }
}
