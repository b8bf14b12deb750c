package org.signpost.security.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A refresh token, stored only as its SHA-256. All tokens descended from one sign-in share a
 * family, so reuse of a spent token can revoke the whole family.
 */
@MappedEntity("refresh_token")
public record RefreshTokenRow(
        @Id String id,
        String tokenHash,
        String userId,
        String familyId,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {
}
