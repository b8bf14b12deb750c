package org.signpost.platform.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Rows for one statement, sent as one JDBC batch (rewritten into multi-row statements by the driver), bound by {@link Sql#bind}. */
public final class SqlBatch {

    private final String sql;
    private final List<Object[]> rows = new ArrayList<>();

    public SqlBatch(String sql) {
        this.sql = sql;
    }

    public SqlBatch add(Object... values) {
        rows.add(values);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void run(JdbcOperations jdbc) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (Object[] row : rows) {
                Sql.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        });
    }

    /** Runs {@code DELETE ... WHERE column IN (...)} for the ids, in chunks. */
    public static void deleteWhereIn(JdbcOperations jdbc, String table, String column, Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN (" + Sql.placeholders(chunk.size()) + ")",
                    statement -> {
                        Sql.bind(statement, chunk.toArray());
                        return statement.executeUpdate();
                    });
        }
    }
}
