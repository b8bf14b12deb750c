package org.signpost.people.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.people.model.Scheme;
import org.signpost.platform.jdbc.Sql;

@Singleton
public class SchemeRepository {

    private final Sql sql;

    SchemeRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(Scheme scheme, Instant now) {
        sql.update("INSERT INTO scheme (id, name, ods_code, created_at) VALUES (?, ?, ?, ?)", scheme.id(), scheme.name(),
                scheme.odsCode(), now);
    }

    public List<Scheme> all() {
        return sql.list("SELECT id, name, ods_code FROM scheme ORDER BY name",
                rs -> new Scheme(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("ods_code")));
    }

    public Optional<Scheme> find(UUID id) {
        return sql.one("SELECT id, name, ods_code FROM scheme WHERE id = ?",
                rs -> new Scheme(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("ods_code")), id);
    }

    /** Adds the member; false when they already were one. */
    public boolean addMember(UUID scheme, UUID user, Instant now) {
        return sql.update("INSERT IGNORE INTO scheme_member (scheme_id, user_id, added_at) VALUES (?, ?, ?)", scheme, user, now) == 1;
    }

    /** Removes the member; false when they were not one. */
    public boolean removeMember(UUID scheme, UUID user) {
        return sql.update("DELETE FROM scheme_member WHERE scheme_id = ? AND user_id = ?", scheme, user) == 1;
    }

    /** A member's user id and when they were added. */
    public record Membership(UUID userId, Instant addedAt) {
    }

    public List<Membership> members(UUID scheme) {
        return sql.list("SELECT user_id, added_at FROM scheme_member WHERE scheme_id = ?",
                rs -> new Membership(Sql.uuid(rs, "user_id"), Sql.instant(rs, "added_at")), scheme);
    }

    public List<Scheme> schemesWithMember(UUID user) {
        return sql.list("SELECT s.id, s.name, s.ods_code FROM scheme s JOIN scheme_member m ON m.scheme_id = s.id"
                + " WHERE m.user_id = ? ORDER BY s.name",
                rs -> new Scheme(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("ods_code")), user);
    }

    public Set<UUID> schemesOf(UUID user) {
        return new HashSet<>(sql.list("SELECT scheme_id FROM scheme_member WHERE user_id = ?", rs -> Sql.uuid(rs, "scheme_id"), user));
    }
}
