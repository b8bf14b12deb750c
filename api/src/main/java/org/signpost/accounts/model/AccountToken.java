package org.signpost.accounts.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.security.model.Role;

/**
 * A single-use link as stored: never the token itself, only what redeeming it does. Which fields are set depends on
 * the purpose: a registration carries the password's hash; a reset its account ({@code userId}); an invitation its
 * inviter ({@code userId}), role, organisation and schemes; a claim proof its claim and claimant.
 */
public record AccountToken(UUID id, TokenPurpose purpose, String email, String language, UUID userId, String passwordHash,
        Role role, UUID organisationId, Set<UUID> schemeIds, UUID claimId, Instant createdAt, Instant expiresAt, Instant usedAt) {

    public AccountToken {
        schemeIds = schemeIds == null ? Set.of() : Set.copyOf(schemeIds);
    }

    /** Still redeemable at {@code now}: never used and not yet expired. */
    public boolean redeemableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language == null ? "en" : language);
    }

    /** A new link's row, before it is stored. */
    public static AccountToken issue(TokenPurpose purpose, String email, String language, Instant now, Instant expiresAt) {
        return new AccountToken(UUID.randomUUID(), purpose, email, language, null, null, null, null, Set.of(), null, now, expiresAt, null);
    }

    public AccountToken forUser(UUID user) {
        return new AccountToken(id, purpose, email, language, user, passwordHash, role, organisationId, schemeIds, claimId, createdAt,
                expiresAt, usedAt);
    }

    public AccountToken withPasswordHash(String hash) {
        return new AccountToken(id, purpose, email, language, userId, hash, role, organisationId, schemeIds, claimId, createdAt,
                expiresAt, usedAt);
    }

    public AccountToken granting(Role grantedRole, UUID organisation, Set<UUID> schemes) {
        return new AccountToken(id, purpose, email, language, userId, passwordHash, grantedRole, organisation, schemes, claimId,
                createdAt, expiresAt, usedAt);
    }

    public AccountToken forClaim(UUID claim) {
        return new AccountToken(id, purpose, email, language, userId, passwordHash, role, organisationId, schemeIds, claim, createdAt,
                expiresAt, usedAt);
    }
}
