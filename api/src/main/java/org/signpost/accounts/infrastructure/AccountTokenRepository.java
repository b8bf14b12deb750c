package org.signpost.accounts.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.TokenPurpose;
import org.signpost.platform.jdbc.Sql;
import org.signpost.security.model.Role;

/** Single-use links by the SHA-256 of their token. */
@Singleton
public class AccountTokenRepository {

    private final Sql sql;

    AccountTokenRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(AccountToken t, String tokenHash) {
        sql.update("""
                INSERT INTO account_token (id, token_hash, purpose, email, language, user_id, password_hash, role, organisation_id,
                    scheme_ids, claim_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                t.id(), tokenHash, t.purpose().wire(), t.email(), t.language(), t.userId(), t.passwordHash(),
                t.role() == null ? null : t.role().name(), t.organisationId(),
                t.schemeIds().isEmpty() ? null : t.schemeIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")),
                t.claimId(), t.createdAt(), t.expiresAt());
    }

    /** The row, locked for the rest of the transaction so that two redemptions cannot both succeed. */
    public Optional<AccountToken> findForUpdate(String tokenHash) {
        return sql.one("SELECT * FROM account_token WHERE token_hash = ? FOR UPDATE", AccountTokenRepository::row, tokenHash);
    }

    /** Marks it used; false when it was used already. */
    public boolean markUsed(UUID id, Instant now) {
        return sql.update("UPDATE account_token SET used_at = ? WHERE id = ? AND used_at IS NULL", now, id) == 1;
    }

    /** Spends every other unused link of this purpose for this user (a reset spends the older reset links). */
    public int spendOthers(UUID userId, TokenPurpose purpose, Instant now) {
        return sql.update("UPDATE account_token SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL", now, userId,
                purpose.wire());
    }

    /** Deletes links that expired before {@code before}: what a registration kept goes with its link. */
    public int deleteExpired(Instant before) {
        return sql.update("DELETE FROM account_token WHERE expires_at < ?", before);
    }

    private static AccountToken row(ResultSet rs) throws SQLException {
        String schemes = rs.getString("scheme_ids");
        Set<UUID> schemeIds = schemes == null || schemes.isBlank() ? Set.of()
                : Arrays.stream(schemes.split(",")).map(UUID::fromString).collect(Collectors.toSet());
        String role = rs.getString("role");
        return new AccountToken(Sql.uuid(rs, "id"), TokenPurpose.fromWire(rs.getString("purpose")), rs.getString("email"),
                rs.getString("language"), Sql.uuid(rs, "user_id"), rs.getString("password_hash"), role == null ? null : Role.valueOf(role),
                Sql.uuid(rs, "organisation_id"), schemeIds, Sql.uuid(rs, "claim_id"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "expires_at"), Sql.instant(rs, "used_at"));
    }
}
