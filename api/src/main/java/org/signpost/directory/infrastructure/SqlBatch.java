package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Rows for one statement, sent as one JDBC batch (rewritten into multi-row statements by the driver). */
final class SqlBatch {

    private final String sql;
    private final List<Object[]> rows = new ArrayList<>();

    SqlBatch(String sql) {
        this.sql = sql;
    }

    SqlBatch add(Object... values) {
        rows.add(values);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void run(JdbcOperations jdbc) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        });
    }

    /** {@code ?, ?, ?} for an IN list. */
    static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** Runs {@code DELETE ... WHERE column IN (...)} for the ids, in chunks. */
    static void deleteWhereIn(JdbcOperations jdbc, String table, String column, Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN (" + marks(chunk.size()) + ")", statement -> {
                bind(statement, chunk.toArray());
                return statement.executeUpdate();
            });
        }
    }

    /** The directory's one binder: UUIDs as text, instants as UTC timestamps, doubles exactly, enums by lower-case name. */
    static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof UUID uuid) {
                statement.setString(index, uuid.toString());
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof Double d) {
                statement.setBigDecimal(index, BigDecimal.valueOf(d));
            } else if (value instanceof Enum<?> e) {
                statement.setString(index, e.name().toLowerCase());
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
