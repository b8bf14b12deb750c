package org.signpost.indexer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the search outbox: lock a batch of due rows (FOR UPDATE SKIP LOCKED, so two
 * workers never take the same rows), reload each changed service's current state, bulk-write it,
 * then delete the rows, all in one transaction. If the process dies mid-batch the transaction
 * rolls back and the rows are simply taken again: writes are idempotent and versioned.
 * A row that keeps failing is retried with backoff, then parked with its error.
 */
@Singleton
public class OutboxIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndexer.class);
    /** The reload must see every commit that wrote the locked outbox rows, not an older snapshot. */
    private static final TransactionDefinition READ_COMMITTED = readCommitted();

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final SearchDocumentSource source;
    private final IndexWriter writer;
    private final ServiceIndex index;
    private final IndexerSettings settings;
    private final Clock clock;

    public OutboxIndexer(JdbcOperations jdbc, TransactionOperations<Connection> transactions, SearchDocumentSource source,
            IndexWriter writer, ServiceIndex index, IndexerSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.source = source;
        this.writer = writer;
        this.index = index;
        this.settings = settings;
        this.clock = clock;
    }

    /** Processes one batch; returns how many outbox rows it took. */
    public int processBatch() {
        return transactions.execute(READ_COMMITTED, status -> {
            List<OutboxRow> rows = lockDue();
            if (rows.isEmpty()) {
                return 0;
            }
            Set<UUID> services = new LinkedHashSet<>();
            rows.forEach(row -> services.add(row.serviceId()));
            Map<UUID, String> failures;
            try {
                Map<UUID, ServiceDocuments> current = source.load(services);
                failures = writer.apply(services, current, index.writeTargets());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Indexing a batch of {} services failed: {}", services.size(), e.toString());
                failures = new java.util.HashMap<>();
                for (UUID service : services) {
                    failures.put(service, e.toString());
                }
            }
            finish(rows, failures);
            return rows.size();
        });
    }

    private List<OutboxRow> lockDue() {
        return jdbc.prepareStatement("SELECT id, service_id, attempts FROM search_outbox"
                + " WHERE parked_at IS NULL AND process_after <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", statement -> {
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    statement.setInt(2, settings.batchSize());
                    List<OutboxRow> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new OutboxRow(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getInt(3)));
                        }
                    }
                    return rows;
                });
    }

    private void finish(List<OutboxRow> rows, Map<UUID, String> failures) {
        List<Long> done = new ArrayList<>();
        Instant now = clock.instant();
        for (OutboxRow row : rows) {
            String error = failures.get(row.serviceId());
            if (error == null) {
                done.add(row.id());
                continue;
            }
            int attempts = row.attempts() + 1;
            boolean park = attempts >= settings.maxAttempts();
            if (park) {
                LOG.error("Parked search outbox row {} for service {} after {} attempts: {}", row.id(), row.serviceId(), attempts, error);
            }
            jdbc.prepareStatement("UPDATE search_outbox SET attempts = ?, last_error = ?, process_after = ?, parked_at = ? WHERE id = ?",
                    statement -> {
                        statement.setInt(1, attempts);
                        statement.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
                        statement.setTimestamp(3, Timestamp.from(now.plus(backoff(attempts))));
                        statement.setTimestamp(4, park ? Timestamp.from(now) : null);
                        statement.setLong(5, row.id());
                        return statement.executeUpdate();
                    });
        }
        for (List<Long> chunk : IndexWriter.chunks(done, 1000)) {
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.prepareStatement("DELETE FROM search_outbox WHERE id IN (" + in + ")", statement -> {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                return statement.executeUpdate();
            });
        }
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    /** 1 s, 2 s, 4 s ... capped at 5 minutes. */
    static Duration backoff(int attempts) {
        long seconds = Math.min(300, 1L << Math.min(attempts - 1, 20));
        return Duration.ofSeconds(seconds);
    }

    private record OutboxRow(long id, UUID serviceId, int attempts) {
    }
}
