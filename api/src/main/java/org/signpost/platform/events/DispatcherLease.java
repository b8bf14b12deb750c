package org.signpost.platform.events;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;

/**
 * At most one working dispatcher: a row named {@code event-dispatcher} in the lease table the search indexer uses
 * ({@code indexer_lease}), renewed by its holder. Another instance takes over once the holder stops renewing (dies)
 * for longer than {@code signpost.events.lease-ttl}. Each lease object is one holder.
 */
@Prototype
class DispatcherLease {

    static final String NAME = "event-dispatcher";

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final EventSettings settings;
    private final Clock clock;
    private final String holder = "dispatcher-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();

    DispatcherLease(Sql sql, TransactionOperations<Connection> transactions, EventSettings settings, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    String holder() {
        return holder;
    }

    /** Takes or renews the lease; true when this holder has it afterwards. */
    boolean acquire() {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.leaseTtl());
        return transactions.executeWrite(status -> {
            if (sql.update("UPDATE indexer_lease SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)",
                    holder, expires, NAME, holder, now) == 1) {
                return true;
            }
            // no row yet: the first instance creates it (a concurrent insert loses on the key)
            return sql.update("INSERT IGNORE INTO indexer_lease (name, holder, expires_at) VALUES (?, ?, ?)", NAME, holder, expires) == 1;
        });
    }

    /** Gives the lease up at once, so a successor need not wait for it to expire. */
    void release() {
        transactions.executeWrite(status -> sql.update("UPDATE indexer_lease SET expires_at = ? WHERE name = ? AND holder = ?",
                Instant.EPOCH.plusSeconds(1), NAME, holder));
    }
}
