package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.application.Page;
import org.signpost.directory.application.PendingChangeStore;
import org.signpost.directory.model.ListingField;
import org.signpost.directory.model.PendingChange;
import org.signpost.platform.jdbc.Sql;

/** {@link PendingChangeStore} over {@code pending_change}; the field is stored by its review-policy key. */
@Singleton
class JdbcPendingChanges implements PendingChangeStore {

    private static final String SELECT = "SELECT p.*, s.name AS service_name FROM pending_change p JOIN service s ON s.id = p.service_id";

    private final Sql sql;
    private final ListingJson json;

    JdbcPendingChanges(Sql sql, ListingJson json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void insert(PendingChange c) {
        sql.update("INSERT INTO pending_change (id, service_id, field, proposed, base_version, proposed_by, proposed_at, state)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')", c.id(), c.serviceId(), c.field().key(), json.write(c.proposed()),
                c.baseVersion(), c.proposedBy(), c.proposedAt());
    }

    @Override
    public void supersede(UUID serviceId, Set<ListingField> fields, Instant now) {
        if (fields == null) {
            sql.update("UPDATE pending_change SET state = 'superseded', decided_at = ? WHERE service_id = ? AND state = 'pending'",
                    now, serviceId);
            return;
        }
        if (fields.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(now, serviceId));
        fields.forEach(f -> params.add(f.key()));
        sql.update("UPDATE pending_change SET state = 'superseded', decided_at = ? WHERE service_id = ? AND state = 'pending'"
                + " AND field IN (" + Sql.placeholders(fields) + ")", params.toArray());
    }

    @Override
    public Optional<PendingChange> find(UUID id) {
        return sql.one(SELECT + " WHERE p.id = ?", this::change, id);
    }

    @Override
    public List<PendingChange> pendingFor(UUID serviceId) {
        return sql.list(SELECT + " WHERE p.service_id = ? AND p.state = 'pending' ORDER BY p.proposed_at, p.field", this::change, serviceId);
    }

    @Override
    public Page<PendingChange> pending(UUID serviceId, UUID organisationId, int page, int perPage) {
        String where = " WHERE p.state = 'pending'" + (serviceId == null ? "" : " AND p.service_id = ?")
                + (organisationId == null ? "" : " AND s.organisation_id = ?");
        List<Object> filters = new ArrayList<>();
        if (serviceId != null) {
            filters.add(serviceId);
        }
        if (organisationId != null) {
            filters.add(organisationId);
        }
        Object[] filter = filters.toArray();
        long total = sql.count("SELECT COUNT(*) FROM pending_change p JOIN service s ON s.id = p.service_id" + where, filter);
        List<Object> params = new ArrayList<>(List.of(filter));
        params.add(perPage);
        params.add((long) (page - 1) * perPage);
        return new Page<>(sql.list(SELECT + where + " ORDER BY p.proposed_at, p.id LIMIT ? OFFSET ?", this::change, params.toArray()),
                total, page, perPage);
    }

    @Override
    public boolean decide(UUID id, PendingChange.State state, UUID by, Instant now, String note) {
        return sql.update("UPDATE pending_change SET state = ?, decided_by = ?, decided_at = ?, decision_note = ?"
                + " WHERE id = ? AND state = 'pending'", state.wire(), by, now, note, id) == 1;
    }

    private PendingChange change(ResultSet rs) throws SQLException {
        return new PendingChange(Sql.uuid(rs, "id"), Sql.uuid(rs, "service_id"), rs.getString("service_name"),
                ListingField.fromKey(rs.getString("field")).orElseThrow(), json.content(rs.getString("proposed")),
                rs.getLong("base_version"), Sql.uuid(rs, "proposed_by"), Sql.instant(rs, "proposed_at"),
                PendingChange.State.valueOf(rs.getString("state").toUpperCase()), Sql.uuid(rs, "decided_by"),
                Sql.instant(rs, "decided_at"), rs.getString("decision_note"));
    }
}
