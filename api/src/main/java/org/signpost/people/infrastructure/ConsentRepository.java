package org.signpost.people.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.people.model.Consent;
import org.signpost.people.model.ConsentKind;
import org.signpost.platform.jdbc.Sql;

@Singleton
public class ConsentRepository {

    private final Sql sql;

    ConsentRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(Consent c) {
        sql.update("INSERT INTO resident_consent (id, resident_id, kind, organisation_id, note, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", c.id(), c.residentId(), c.kind().wire(), c.organisationId(), c.note(),
                c.recordedBy(), c.recordedAt());
    }

    public List<Consent> of(UUID resident) {
        return sql.list("SELECT * FROM resident_consent WHERE resident_id = ? ORDER BY recorded_at, id", ConsentRepository::row, resident);
    }

    public List<Consent> ofAll(Collection<UUID> residents) {
        if (residents.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT * FROM resident_consent WHERE resident_id IN (" + Sql.placeholders(residents) + ")",
                ConsentRepository::row, residents.toArray());
    }

    public Optional<Consent> lock(UUID id) {
        return sql.one("SELECT * FROM resident_consent WHERE id = ? FOR UPDATE", ConsentRepository::row, id);
    }

    public void withdraw(UUID id, UUID by, Instant at, String reason) {
        sql.update("UPDATE resident_consent SET withdrawn_by = ?, withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?", by, at, reason, id);
    }

    public int moveTo(UUID from, UUID to) {
        return sql.update("UPDATE resident_consent SET resident_id = ? WHERE resident_id = ?", to, from);
    }

    private static Consent row(ResultSet rs) throws SQLException {
        return new Consent(Sql.uuid(rs, "id"), Sql.uuid(rs, "resident_id"), ConsentKind.fromWire(rs.getString("kind")),
                Sql.uuid(rs, "organisation_id"), rs.getString("note"), Sql.uuid(rs, "recorded_by"), Sql.instant(rs, "recorded_at"),
                Sql.uuid(rs, "withdrawn_by"), Sql.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"));
    }
}
