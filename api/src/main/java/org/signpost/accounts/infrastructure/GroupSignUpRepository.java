package org.signpost.accounts.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.accounts.model.ApprovalStatus;
import org.signpost.accounts.model.GroupSignUpRecord;
import org.signpost.platform.jdbc.Sql;

@Singleton
public class GroupSignUpRepository {

    private static final String SELECT = """
            SELECT g.*, u.username FROM group_sign_up g JOIN user_account u ON u.id = g.requested_by""";

    private final Sql sql;

    GroupSignUpRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(GroupSignUpRecord g) {
        sql.update("""
                INSERT INTO group_sign_up (id, organisation_id, name, description, email, website, note, requested_by, status, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", g.id(), g.organisationId(), g.name(), g.description(), g.email(), g.website(),
                g.note(), g.requestedBy(), g.status().wire(), g.requestedAt());
    }

    public Optional<GroupSignUpRecord> findForUpdate(UUID id) {
        return sql.one(SELECT + " WHERE g.id = ? FOR UPDATE", GroupSignUpRepository::row, id);
    }

    public Optional<GroupSignUpRecord> find(UUID id) {
        return sql.one(SELECT + " WHERE g.id = ?", GroupSignUpRepository::row, id);
    }

    public List<GroupSignUpRecord> withStatus(ApprovalStatus status, int limit) {
        return sql.list(SELECT + " WHERE g.status = ? ORDER BY g.requested_at, g.id LIMIT ?", GroupSignUpRepository::row, status.wire(),
                limit);
    }

    /** True when this user has a sign-up still waiting. */
    public boolean hasPending(UUID user) {
        return sql.count("SELECT COUNT(*) FROM group_sign_up WHERE requested_by = ? AND status = ?", user,
                ApprovalStatus.PENDING.wire()) > 0;
    }

    public void decide(UUID id, ApprovalStatus status, UUID decidedBy, Instant at, String note) {
        sql.update("UPDATE group_sign_up SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?", status.wire(),
                decidedBy, at, note, id);
    }

    private static GroupSignUpRecord row(ResultSet rs) throws SQLException {
        return new GroupSignUpRecord(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), rs.getString("name"),
                rs.getString("description"), rs.getString("email"), rs.getString("website"), rs.getString("note"),
                Sql.uuid(rs, "requested_by"), rs.getString("username"), ApprovalStatus.fromWire(rs.getString("status")),
                Sql.instant(rs, "requested_at"), Sql.instant(rs, "decided_at"), rs.getString("decision_note"));
    }
}
