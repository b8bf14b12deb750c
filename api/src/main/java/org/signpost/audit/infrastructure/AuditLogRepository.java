package org.signpost.audit.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.AuditRecord;
import org.signpost.audit.model.Purpose;
import org.signpost.audit.model.Resource;
import org.signpost.platform.jdbc.JsonColumns;
import org.signpost.platform.jdbc.Sql;
import org.signpost.security.model.Role;

/** Inserts and reads audit_log rows; there is no update or delete (and the database refuses them). */
@Singleton
public class AuditLogRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Sql sql;

    AuditLogRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        StringBuilder statement = new StringBuilder("INSERT INTO audit_log (at, actor_id, actor_username, actor_roles, action,"
                + " resource_type, resource_id, resident_id, fields, purpose, outcome, reason) VALUES ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            statement.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(r.at(), r.actorId(), r.actorUsername(),
                    r.actorRoles().stream().map(Role::name).sorted().collect(Collectors.joining(",")), r.action().wire(),
                    r.resource().type(), r.resource().id(), r.resource().residentId(), JsonColumns.write(r.fields()),
                    r.purpose() == null ? null : r.purpose().name(), r.allowed() ? "allowed" : "denied", truncate(r.reason())));
        }
        sql.update(statement.toString(), params.toArray());
    }

    public List<AuditRecord> page(Optional<UUID> resident, long offset, int limit) {
        return resident.map(id -> sql.list("SELECT * FROM audit_log WHERE resident_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                        AuditLogRepository::row, id, limit, offset))
                .orElseGet(() -> sql.list("SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?",
                        AuditLogRepository::row, limit, offset));
    }

    public long count(Optional<UUID> resident) {
        return resident.map(id -> sql.count("SELECT COUNT(*) FROM audit_log WHERE resident_id = ?", id))
                .orElseGet(() -> sql.count("SELECT COUNT(*) FROM audit_log"));
    }

    private static AuditRecord row(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : rs.getString("actor_roles").split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role));
            }
        }
        String purpose = rs.getString("purpose");
        return new AuditRecord(rs.getLong("id"), Sql.instant(rs, "at"), Sql.uuid(rs, "actor_id"), rs.getString("actor_username"),
                roles, AuditAction.valueOf(rs.getString("action").toUpperCase()),
                new Resource(rs.getString("resource_type"), rs.getString("resource_id"), Sql.uuid(rs, "resident_id")),
                JsonColumns.read(rs.getString("fields"), STRINGS), purpose == null ? null : Purpose.valueOf(purpose),
                "allowed".equals(rs.getString("outcome")), rs.getString("reason"));
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
