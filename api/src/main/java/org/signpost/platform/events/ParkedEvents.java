package org.signpost.platform.events;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;

/**
 * What the dispatcher gave up on, for an ADMIN to see and send again: deliveries parked for one subscriber after
 * {@code max-attempts} failures, and events this release could not read at all (subscriber {@code null}).
 */
@Singleton
public class ParkedEvents {

    /** One parked delivery (or unreadable event when {@code subscriber} is null). */
    public record Parked(UUID eventId, String type, int version, Instant occurredAt, String subscriber, int attempts,
            String lastError, Instant parkedAt) {
    }

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ParkedEvents(Sql sql, TransactionOperations<Connection> transactions, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The most recently parked first, at most {@code limit}. */
    public List<Parked> list(int limit) {
        return transactions.executeRead(status -> sql.list("SELECT * FROM ("
                + " SELECT e.event_id, e.event_type, e.event_version, e.created_at, d.subscriber, d.attempts, d.last_error, d.parked_at"
                + " FROM event_delivery d JOIN event_outbox e ON e.id = d.event_seq WHERE d.parked_at IS NOT NULL"
                + " UNION ALL SELECT event_id, event_type, event_version, created_at, NULL, attempts, last_error, parked_at"
                + " FROM event_outbox WHERE parked_at IS NOT NULL) p ORDER BY parked_at DESC, event_id LIMIT ?",
                rs -> new Parked(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getInt(3), Sql.instant(rs, "created_at"),
                        rs.getString(5), rs.getInt(6), rs.getString(7), Sql.instant(rs, "parked_at")), limit));
    }

    /**
     * Sends a parked event again, now, to every subscriber that parked it (or, if it could not be read, to all), with
     * its attempts counted afresh. Answers false when nothing about that event is parked.
     */
    public boolean redrive(UUID eventId) {
        Instant now = clock.instant();
        return transactions.executeWrite(status -> {
            Long seq = sql.one("SELECT id FROM event_outbox WHERE event_id = ? FOR UPDATE", rs -> rs.getLong(1), eventId).orElse(null);
            if (seq == null) {
                return false;
            }
            int deliveries = sql.update("UPDATE event_delivery SET parked_at = NULL, attempts = 0, process_after = ?"
                    + " WHERE event_seq = ? AND parked_at IS NOT NULL", now, seq);
            int event = sql.update("UPDATE event_outbox SET parked_at = NULL, attempts = 0, dispatched_at = NULL, process_after = ?"
                    + " WHERE id = ? AND (parked_at IS NOT NULL OR ? > 0)", now, seq, deliveries);
            return deliveries + event > 0;
        });
    }
}
