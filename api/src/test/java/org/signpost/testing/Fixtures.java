package org.signpost.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows a test needs before the thing it tests can happen (an organisation for a group editor to
 * belong to), written straight to the real database.
 */
@Singleton
public class Fixtures {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    Fixtures(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)", statement -> {
                    Timestamp now = Timestamp.from(Instant.now());
                    statement.setString(1, id.toString());
                    statement.setString(2, name);
                    statement.setTimestamp(3, now);
                    statement.setTimestamp(4, now);
                    return statement.executeUpdate();
                }));
        return id;
    }
}
