package org.signpost.platform.jdbc;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over the transaction-aware {@link JdbcOperations}: statements join the caller's transaction,
 * or run on a connection of their own outside one. The one binder of the code base ({@link #bind}):
 * UUID as CHAR(36), Instant as a UTC DATETIME(6), LocalDate as DATE, a double as the exact decimal it
 * prints as (so DECIMAL columns get what was written), and never an enum: bind its wire form, because
 * an enum's name is not its stored value ({@code TEMPORARILY_CLOSED} is stored "temporarily closed").
 * {@link SqlBatch} sends many rows of one statement through the same binder.
 */
@Singleton
public class Sql {

    /** Reads one row; the cursor is already on it. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            return statement.executeUpdate();
        });
    }

    /** Inserts one row and answers its AUTO_INCREMENT key. */
    @Connectable
    public long insertReturningKey(String sql, Object... params) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, params);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Connectable
    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        });
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Sends the rows of one statement as one JDBC batch. */
    @Connectable
    public void batch(String sql, List<Object[]> rows) {
        SqlBatch batch = new SqlBatch(sql);
        rows.forEach(batch::add);
        batch.run(jdbc);
    }

    /** {@code ?, ?, ?} for an IN list of that many values (at least one). */
    public static String placeholders(Collection<?> values) {
        return placeholders(values.size());
    }

    /** Runs of statement parameters as one, in order (a table's shared column values among a caller's own). */
    public static Object[] row(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }

    /** {@code ?, ?, ?}: {@code count} placeholders (at least one). */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(Math.max(1, count), "?"));
    }

    /** Binds {@code params} in order (see the class comment for the conversions). */
    public static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof UUID uuid) {
                statement.setString(index, uuid.toString());
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(index, java.sql.Date.valueOf(date));
            } else if (value instanceof Double d && Double.isFinite(d)) {
                statement.setBigDecimal(index, BigDecimal.valueOf(d));
            } else if (value instanceof Enum<?> e) {
                throw new IllegalArgumentException("Bind the wire form of " + e + ", not the enum");
            } else {
                statement.setObject(index, value);
            }
        }
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
