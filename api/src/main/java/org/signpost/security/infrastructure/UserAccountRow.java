package org.signpost.security.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code user_account}; roles are a comma-separated set of {@code Role} names. */
@MappedEntity("user_account")
public record UserAccountRow(
        @Id String id,
        String username,
        String passwordHash,
        String roles,
        @Nullable String organisationId,
        boolean enabled,
        Instant createdAt) {
}
