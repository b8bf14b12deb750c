package org.signpost.directory.infrastructure;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over the transaction-aware {@link JdbcOperations}: statements join the caller's
 * transaction, or run on a connection of their own outside one. Values are bound by {@link SqlBatch#bind}.
 */
@Singleton
class Sql {

    interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlBatch.bind(statement, params);
            return statement.executeUpdate();
        });
    }

    @Connectable
    public void batch(String sql, List<Object[]> rows) {
        SqlBatch batch = new SqlBatch(sql);
        rows.forEach(batch::add);
        batch.run(jdbc);
    }

    @Connectable
    public <T> List<T> list(String sql, Rows<T> rows, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlBatch.bind(statement, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
            }
            return out;
        });
    }

    public <T> Optional<T> one(String sql, Rows<T> rows, Object... params) {
        return list(sql, rows, params).stream().findFirst();
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static String marks(Collection<?> values) {
        return SqlBatch.marks(values.size());
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.LocalDate.class);
    }
}
