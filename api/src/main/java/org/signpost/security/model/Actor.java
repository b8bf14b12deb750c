package org.signpost.security.model;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user on whose behalf a use case runs: who they are, their roles, and for a
 * GROUP_EDITOR the one organisation they act for.
 */
public record Actor(UUID userId, String username, Set<Role> roles, Optional<UUID> organisationId) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when this user edits for exactly that organisation. */
    public boolean actsFor(UUID organisation) {
        return has(Role.GROUP_EDITOR) && organisationId.map(organisation::equals).orElse(false);
    }
}
