package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.signpost.directory.application.ServiceCapacity;

/** {@link ServiceCapacity} as single guarded UPDATEs plus a search outbox row, in the caller's transaction. */
@Singleton
class JdbcServiceCapacity implements ServiceCapacity {

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcServiceCapacity(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Taken take(UUID serviceId) {
        int changed = update("UPDATE service SET capacity_available = capacity_available - 1, capacity_updated_at = ?,"
                + " version = version + 1, updated_at = ? WHERE id = ? AND capacity_available IS NOT NULL AND capacity_available > 0",
                serviceId);
        if (changed == 1) {
            enqueue(serviceId);
            return Taken.TAKEN;
        }
        return tracked(serviceId) ? Taken.FULL : Taken.NOT_TRACKED;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean free(UUID serviceId) {
        int changed = update("UPDATE service SET capacity_available = capacity_available + 1, capacity_updated_at = ?,"
                + " version = version + 1, updated_at = ? WHERE id = ? AND capacity_available IS NOT NULL"
                + " AND (capacity_maximum IS NULL OR capacity_available < capacity_maximum)", serviceId);
        if (changed == 1) {
            enqueue(serviceId);
        }
        return changed == 1;
    }

    private int update(String sql, UUID serviceId) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.prepareStatement(sql, statement -> {
            statement.setTimestamp(1, now);
            statement.setTimestamp(2, now);
            statement.setString(3, serviceId.toString());
            return statement.executeUpdate();
        });
    }

    private boolean tracked(UUID serviceId) {
        return jdbc.prepareStatement("SELECT capacity_available FROM service WHERE id = ?", statement -> {
            statement.setString(1, serviceId.toString());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getObject(1) != null;
            }
        });
    }

    private void enqueue(UUID serviceId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("INSERT INTO search_outbox (service_id, created_at, process_after) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, serviceId.toString());
            statement.setTimestamp(2, now);
            statement.setTimestamp(3, now);
            return statement.executeUpdate();
        });
    }
}
