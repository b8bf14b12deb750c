package org.signpost.platform.events;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;

/**
 * The dispatcher's reads and writes of {@code event_outbox} and {@code event_delivery}, each in its own short
 * transaction: no lock is held while a subscriber is called.
 */
@Singleton
class EventRows {

    /** An outbox row claimed for one pass. */
    record Claimed(long seq, UUID id, String type, int version, String subject, UUID subjectId, String payload,
            Instant occurredAt, int attempts) {
    }

    /** Where one subscriber is with one event. */
    record Delivery(int attempts, Instant processAfter, boolean delivered, boolean parked) {
    }

    /** The claim must see every commit that wrote the rows it locks, not an older snapshot. */
    private static final TransactionDefinition READ_COMMITTED = readCommitted();

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;

    EventRows(Sql sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    /**
     * Locks a batch of due rows ({@code FOR UPDATE SKIP LOCKED}: two dispatchers never take the same rows) and pushes
     * their process_after to {@code claimUntil}, so that no other dispatcher takes them while this one works on them
     * outside the transaction; a dispatcher that dies leaves them to be taken again when the claim runs out.
     */
    List<Claimed> claim(Instant now, int batchSize, Instant claimUntil) {
        return transactions.execute(READ_COMMITTED, status -> {
            List<Claimed> rows = sql.list("SELECT id, event_id, event_type, event_version, aggregate_type, aggregate_id, payload,"
                    + " created_at, attempts FROM event_outbox WHERE dispatched_at IS NULL AND parked_at IS NULL AND process_after <= ?"
                    + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", rs -> new Claimed(rs.getLong(1), UUID.fromString(rs.getString(2)),
                    rs.getString(3), rs.getInt(4), rs.getString(5), UUID.fromString(rs.getString(6)), rs.getString(7),
                    Sql.instant(rs, "created_at"), rs.getInt(9)), now, batchSize);
            if (!rows.isEmpty()) {
                List<Object> params = new ArrayList<>();
                params.add(claimUntil);
                rows.forEach(r -> params.add(r.seq()));
                sql.update("UPDATE event_outbox SET process_after = ? WHERE id IN (" + Sql.placeholders(rows) + ")", params.toArray());
            }
            return rows;
        });
    }

    /** Delivery state of the claimed events, by event row and subscriber name. */
    Map<Long, Map<String, Delivery>> deliveries(List<Claimed> rows) {
        Map<Long, Map<String, Delivery>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        transactions.executeRead(status -> {
            sql.list("SELECT event_seq, subscriber, attempts, process_after, delivered_at, parked_at FROM event_delivery"
                    + " WHERE event_seq IN (" + Sql.placeholders(rows) + ")", rs -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(rs.getString(2), new Delivery(rs.getInt(3), Sql.instant(rs, "process_after"), rs.getTimestamp(5) != null,
                            rs.getTimestamp(6) != null)), rows.stream().map(Claimed::seq).toArray());
            return null;
        });
        return out;
    }

    void delivered(long seq, String subscriber, int attempts, Instant now) {
        transactions.executeWrite(status -> sql.update("INSERT INTO event_delivery (event_seq, subscriber, attempts, process_after,"
                + " delivered_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attempts = VALUES(attempts), delivered_at = VALUES(delivered_at),"
                + " last_error = NULL", seq, subscriber, attempts, now, now));
    }

    void failed(long seq, String subscriber, int attempts, String error, Instant retryAt, Instant parkedAt) {
        transactions.executeWrite(status -> sql.update("INSERT INTO event_delivery (event_seq, subscriber, attempts, process_after,"
                + " last_error, parked_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attempts = VALUES(attempts),"
                + " process_after = VALUES(process_after), last_error = VALUES(last_error), parked_at = VALUES(parked_at)",
                seq, subscriber, attempts, retryAt, clip(error), parkedAt));
    }

    /** Every subscriber that wants the event has it (or has parked it): the event is done. */
    void dispatched(long seq, Instant now) {
        transactions.executeWrite(status -> sql.update("UPDATE event_outbox SET dispatched_at = ? WHERE id = ?", now, seq));
    }

    /** Some subscriber still waits for a retry: take the event again then. */
    void retryAt(long seq, Instant when) {
        transactions.executeWrite(status -> sql.update("UPDATE event_outbox SET process_after = ? WHERE id = ?", when, seq));
    }

    /** The event itself cannot be read (unknown type or version): retried, in case a newer release can, then parked. */
    void unreadable(long seq, int attempts, String error, Instant retryAt, Instant parkedAt) {
        transactions.executeWrite(status -> sql.update("UPDATE event_outbox SET attempts = ?, last_error = ?, process_after = ?,"
                + " parked_at = ? WHERE id = ?", attempts, clip(error), retryAt, parkedAt, seq));
    }

    static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }
}
