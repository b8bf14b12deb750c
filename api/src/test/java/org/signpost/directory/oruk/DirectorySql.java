package org.signpost.directory.oruk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Straight SQL reads and writes a test needs to observe or arrange the directory. */
@Singleton
class DirectorySql {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    DirectorySql(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    long count(String sql, Object... values) {
        return strings(sql, values).isEmpty() ? 0 : Long.parseLong(strings(sql, values).get(0));
    }

    String one(String sql, Object... values) {
        List<String> rows = strings(sql, values);
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<String> strings(String sql, Object... values) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }));
    }

    int update(String sql, Object... values) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }));
    }
}
