package org.signpost.mecc.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.mecc.model.MeccConversation;
import org.signpost.mecc.model.MeccDimension;
import org.signpost.platform.jdbc.Sql;

/** MECC conversations, practitioners, and the counts reports are made of. */
@Singleton
public class MeccRepository {

    /**
     * One count of conversations (or topic mentions) for a row key and a column key (null for
     * one-way), with the sum of the counted conversations' record keys (the cell key's source).
     */
    public record Count(String row, String column, long count, long recordKeys) {
    }

    private final Sql sql;

    MeccRepository(Sql sql) {
        this.sql = sql;
    }

    public boolean isPractitioner(UUID user) {
        return sql.count("SELECT COUNT(*) FROM mecc_practitioner WHERE user_id = ?", user) > 0;
    }

    public void grant(UUID user, UUID by, Instant at) {
        sql.update("INSERT IGNORE INTO mecc_practitioner (user_id, granted_by, granted_at) VALUES (?, ?, ?)", user, by, at);
    }

    public void revoke(UUID user) {
        sql.update("DELETE FROM mecc_practitioner WHERE user_id = ?", user);
    }

    public void insert(MeccConversation c) {
        sql.update("INSERT INTO mecc_conversation (id, held_on, held_month, setting, organisation, practitioner_role, level, action,"
                + " signposted_service_id, stated_intention, resident_id, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.heldOn(), c.heldOn().withDayOfMonth(1), c.setting(),
                c.organisation(), c.practitionerRole(), c.level().wire(), c.action().wire(), c.signpostedServiceId(),
                c.statedIntention().wire(), c.residentId(), c.recordedBy(), c.recordedAt());
        for (String topic : c.topics()) {
            sql.update("INSERT INTO mecc_conversation_topic (conversation_id, topic) VALUES (?, ?)", c.id(), topic);
        }
    }

    /**
     * Counts by one dimension, or two, of conversations held between the days inclusive; with {@code recordedWithin}, only
     * those recorded by the (current) members of these schemes.
     */
    public List<Count> counts(MeccDimension rows, MeccDimension columns, LocalDate from, LocalDate to,
            Optional<Set<UUID>> recordedWithin) {
        if (recordedWithin.isPresent() && recordedWithin.get().isEmpty()) {
            return List.of();
        }
        boolean topics = rows == MeccDimension.TOPIC || columns == MeccDimension.TOPIC;
        String r = expression(rows);
        String c = columns == null ? "NULL" : expression(columns);
        List<Object> params = new ArrayList<>(List.of(from, to));
        String within = recordedWithin.map(schemes -> {
            params.addAll(schemes);
            return " AND m.recorded_by IN (SELECT s.user_id FROM scheme_member s WHERE s.scheme_id IN (" + Sql.placeholders(schemes)
                    + "))";
        }).orElse("");
        return sql.list("SELECT " + r + " AS r, " + c + " AS c, COUNT(*) AS n, SUM(m.record_key) AS k FROM mecc_conversation m"
                + (topics ? " JOIN mecc_conversation_topic t ON t.conversation_id = m.id" : "")
                + " WHERE m.held_on BETWEEN ? AND ?" + within + " GROUP BY " + r + (columns == null ? "" : ", " + c),
                rs -> new Count(key(rs.getObject("r")), key(rs.getObject("c")), rs.getLong("n"), rs.getLong("k")), params.toArray());
    }

    public int moveResident(UUID from, UUID to) {
        return sql.update("UPDATE mecc_conversation SET resident_id = ? WHERE resident_id = ?", to, from);
    }

    private static String expression(MeccDimension dimension) {
        return switch (dimension) {
            case TOPIC -> "t.topic";
            case LEVEL -> "m.level";
            case ACTION -> "m.action";
            case SETTING -> "m.setting";
            case MONTH -> "m.held_month";
        };
    }

    /** Months as yyyy-MM; everything else as stored. */
    private static String key(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString().substring(0, 7);
        }
        if (value instanceof LocalDate date) {
            return date.toString().substring(0, 7);
        }
        return value.toString();
    }
}
