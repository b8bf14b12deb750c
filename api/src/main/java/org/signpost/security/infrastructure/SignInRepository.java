package org.signpost.security.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;
import org.signpost.security.model.LiveSignIn;
import org.signpost.security.model.Role;
import org.signpost.security.model.SignInEnd;

/** Sign-ins and, with each, its refresh-token family. */
@Singleton
public class SignInRepository {

    private final Sql sql;

    SignInRepository(Sql sql) {
        this.sql = sql;
    }

    public void start(UUID id, UUID user, Instant now, Instant expiresAt) {
        sql.update("INSERT INTO sign_in (id, user_id, started_at, expires_at) VALUES (?, ?, ?, ?)", id, user, now, expiresAt);
    }

    /** The sign-in joined with its user's current state: one primary-key read per authenticated request. */
    public Optional<LiveSignIn> live(UUID id) {
        return sql.one("""
                SELECT s.id, s.user_id, s.expires_at, s.ended_at, u.username, u.roles, u.organisation_id, u.enabled
                FROM sign_in s JOIN user_account u ON u.id = s.user_id WHERE s.id = ?""",
                rs -> new LiveSignIn(Sql.uuid(rs, "id"), Sql.uuid(rs, "user_id"), rs.getString("username"),
                        Role.parseStored(rs.getString("roles")), Optional.ofNullable(Sql.uuid(rs, "organisation_id")),
                        rs.getBoolean("enabled"), Sql.instant(rs, "expires_at"),
                        Optional.ofNullable(Sql.instant(rs, "ended_at"))), id);
    }

    /** Ends one sign-in and revokes its refresh tokens; false when it had already ended. */
    public boolean end(UUID id, SignInEnd reason, Instant now) {
        sql.update("UPDATE refresh_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL", now, id);
        return sql.update("UPDATE sign_in SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL", now, reason.name(),
                id) == 1;
    }

    /** Ends every live sign-in of the user and revokes their refresh tokens; answers how many ended. */
    public int endAll(UUID user, SignInEnd reason, Instant now) {
        sql.update("UPDATE refresh_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now, user);
        return sql.update("UPDATE sign_in SET ended_at = ?, end_reason = ? WHERE user_id = ? AND ended_at IS NULL", now,
                reason.name(), user);
    }
}
