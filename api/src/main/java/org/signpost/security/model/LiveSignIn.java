package org.signpost.security.model;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the database says now about a sign-in and its user: the access token's roles and
 * organisation are only what they were when it was issued; these are what apply.
 */
public record LiveSignIn(UUID signInId, UUID userId, String username, Set<Role> roles, Optional<UUID> organisationId,
        boolean userEnabled, Instant expiresAt, Optional<Instant> endedAt) {

    public LiveSignIn {
        roles = Set.copyOf(roles);
    }

    /** The rule every authenticated request passes: the sign-in has not ended or expired and the user is enabled. */
    public boolean admits(UUID tokenUserId, Instant now) {
        return userId.equals(tokenUserId) && userEnabled && endedAt.isEmpty() && expiresAt.isAfter(now);
    }
}
