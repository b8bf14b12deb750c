package org.signpost.indexer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * At most one active indexer: a row in {@code indexer_lease} that its holder renews. Another
 * instance takes over once the holder stops renewing (dies) for longer than the lease lasts.
 */
@Singleton
public class IndexerLease {

    public static final String NAME = "search-outbox";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final IndexerSettings settings;
    private final Clock clock;
    private final String holder = "indexer-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();

    public IndexerLease(JdbcOperations jdbc, TransactionOperations<Connection> transactions, IndexerSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    public String holder() {
        return holder;
    }

    /** Takes or renews the lease; true when this instance holds it afterwards. */
    public boolean acquire() {
        Instant now = clock.instant();
        Timestamp expires = Timestamp.from(now.plus(settings.leaseTtl()));
        return transactions.executeWrite(status -> {
            int updated = jdbc.prepareStatement(
                    "UPDATE indexer_lease SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)",
                    statement -> {
                        statement.setString(1, holder);
                        statement.setTimestamp(2, expires);
                        statement.setString(3, NAME);
                        statement.setString(4, holder);
                        statement.setTimestamp(5, Timestamp.from(now));
                        return statement.executeUpdate();
                    });
            if (updated == 1) {
                return true;
            }
            // no row yet: the first instance creates it (a concurrent insert loses on the key)
            return jdbc.prepareStatement("INSERT IGNORE INTO indexer_lease (name, holder, expires_at) VALUES (?, ?, ?)",
                    statement -> {
                        statement.setString(1, NAME);
                        statement.setString(2, holder);
                        statement.setTimestamp(3, expires);
                        return statement.executeUpdate() == 1;
                    });
        });
    }

    /** Gives the lease up at once, so a successor need not wait for it to expire. */
    public void release() {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE indexer_lease SET expires_at = ? WHERE name = ? AND holder = ?", statement -> {
                    statement.setTimestamp(1, Timestamp.from(Instant.EPOCH.plusSeconds(1)));
                    statement.setString(2, NAME);
                    statement.setString(3, holder);
                    return statement.executeUpdate();
                }));
    }
}
