package org.signpost.indexer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes listings the way the directory's write path does (row change, version bump and a search
 * outbox row in one transaction), for tests of what the indexer and search make of them (search-indexer's own, and api's through this
 * module's test-jar). Every name is
 * unique to its test: the database is shared by every test of the run.
 */
public final class DirectoryRows {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public DirectoryRows(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A verified, active listing at one place, plus its outbox row. */
    public UUID verifiedService(String name, double latitude, double longitude) {
        return verifiedService(name, latitude, longitude, true);
    }

    /** As {@link #verifiedService(String, double, double)}, with the outbox row lost when {@code enqueue} is false. */
    public UUID verifiedService(String name, double latitude, double longitude, boolean enqueue) {
        UUID organisation = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        transactions.executeWrite(status -> {
            Timestamp now = Timestamp.from(Instant.now());
            update("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    organisation.toString(), name + " group", now, now);
            update("INSERT INTO service (id, organisation_id, name, description, status, delivery_modes, referral_route,"
                    + " verification, verified_at, assured_date, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 'A test listing', 'active', '[\"in_person\"]', 'both', 'verified', ?, ?, 1, ?, ?)",
                    service.toString(), organisation.toString(), name, now, java.sql.Date.valueOf(LocalDate.now()), now, now);
            update("INSERT INTO location (id, name, latitude, longitude, postal_code, created_at, updated_at)"
                    + " VALUES (?, 'Community hall', ?, ?, 'S60 1AA', ?, ?)",
                    location.toString(), BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude), now, now);
            update("INSERT INTO service_at_location (id, service_id, location_id) VALUES (?, ?, ?)",
                    UUID.randomUUID().toString(), service.toString(), location.toString());
            if (enqueue) {
                enqueue(service);
            }
            return null;
        });
        return service;
    }

    /** Renames the listing (a new version) and enqueues it. */
    public void rename(UUID service, String name) {
        rename(service, name, true);
    }

    /** Renames the listing; with {@code enqueue} false the outbox row is lost (drift to repair). */
    public void rename(UUID service, String name, boolean enqueue) {
        transactions.executeWrite(status -> {
            update("UPDATE service SET name = ?, version = version + 1, updated_at = ? WHERE id = ?",
                    name, Timestamp.from(Instant.now()), service.toString());
            if (enqueue) {
                enqueue(service);
            }
            return null;
        });
    }

    /** Soft-deletes the listing (a new version) and enqueues it. */
    public void delete(UUID service) {
        transactions.executeWrite(status -> {
            update("UPDATE service SET deleted_at = ?, version = version + 1, updated_at = ? WHERE id = ?",
                    Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), service.toString());
            enqueue(service);
            return null;
        });
    }

    /** Enqueues the listing again without changing it (a replayed event). */
    public void replay(UUID service) {
        transactions.executeWrite(status -> {
            enqueue(service);
            return null;
        });
    }

    public int pendingOutboxRows() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT COUNT(*) FROM search_outbox WHERE parked_at IS NULL", statement -> {
                    try (var rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }));
    }

    /** Runs a statement in the caller's transaction: for rows a test needs beyond the listing above. */
    public void update(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        });
    }

    private void enqueue(UUID service) {
        Timestamp now = Timestamp.from(Instant.now());
        update("INSERT INTO search_outbox (service_id, created_at, process_after) VALUES (?, ?, ?)", service.toString(), now, now);
    }
}
