package org.signpost.evaluation.infrastructure;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.OutcomeFact;

/**
 * Reads outcome facts for evaluation. {@link #open} streams: MySQL Connector/J hands over one row
 * at a time (fetch size {@link Integer#MIN_VALUE} on a forward-only, read-only statement), so
 * memory stays the same however many rows there are. The cursor holds its own connection from
 * the pool until it is closed.
 */
@Singleton
public class OutcomeFacts {

    private final DataSource dataSource;

    OutcomeFacts(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** How many distinct people the filters select (consent in force, current records). */
    public long people(EvaluationFilters filters) {
        OutcomeQueries.Query query = OutcomeQueries.people(filters);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, query)) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the evaluation population failed", e);
        }
    }

    /** Every score row the filters select, streamed in no particular order. */
    public Cursor open(EvaluationFilters filters) {
        return new Cursor(OutcomeQueries.facts(filters));
    }

    /** The score rows of the filtered people, streamed by resident then episode (dates not applied). */
    public Cursor openByPerson(EvaluationFilters filters) {
        return new Cursor(OutcomeQueries.factsByPerson(filters));
    }

    /** The score rows the filters select (dates applied), streamed with each person's rows together. */
    public Cursor openEachPerson(EvaluationFilters filters) {
        return new Cursor(OutcomeQueries.factsOfEachPerson(filters));
    }

    /** Each needs taxonomy code mapped to its top-level ancestor's code. */
    public Map<String, String> needRoots() {
        Map<String, String> parents = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, OutcomeQueries.needParents());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                parents.put(rs.getString("code"), rs.getString("parent"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the needs taxonomy failed", e);
        }
        Map<String, String> roots = new HashMap<>();
        for (String code : parents.keySet()) {
            String root = code;
            for (int depth = 0; parents.get(root) != null && depth < 50; depth++) {
                root = parents.get(root);
            }
            roots.put(code, root);
        }
        return roots;
    }

    /** A forward-only stream of facts; close it (it holds a connection). */
    public final class Cursor implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet rows;

        private Cursor(OutcomeQueries.Query query) {
            try {
                connection = dataSource.getConnection();
                connection.setReadOnly(true);
                statement = connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(Integer.MIN_VALUE);
                bind(statement, query);
                rows = statement.executeQuery();
            } catch (SQLException e) {
                close();
                throw new IllegalStateException("Opening the evaluation read failed", e);
            }
        }

        /** The next fact, or null at the end. */
        public OutcomeFact next() {
            try {
                return rows.next() ? fact(rows) : null;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading evaluation rows failed", e);
            }
        }

        @Override
        public void close() {
            closeQuietly(rows);
            closeQuietly(statement);
            if (connection != null) {
                try {
                    connection.setReadOnly(false);
                } catch (SQLException e) {
                    // the pool resets or drops it
                }
                closeQuietly(connection);
            }
        }
    }

    private static OutcomeFact fact(ResultSet rs) throws SQLException {
        Timestamp recordedAt = rs.getTimestamp("recorded_at");
        java.sql.Date dob = rs.getDate("date_of_birth");
        java.sql.Date start = rs.getDate("episode_start");
        int weeks = rs.getInt("follow_up_weeks");
        Integer followUpWeeks = rs.wasNull() ? null : weeks;
        return new OutcomeFact(rs.getString("resident_id"), rs.getString("episode_id"), dob == null ? null : dob.toLocalDate(),
                rs.getString("sex"), rs.getString("postcode"), rs.getString("practice"), rs.getString("scheme_id"),
                rs.getString("source"), rs.getString("assigned_to"), start == null ? null : start.toLocalDate(), rs.getString("needs"),
                rs.getString("record_id"), rs.getString("measure_id"), rs.getString("timepoint"), followUpWeeks,
                rs.getDate("completed_on").toLocalDate(), recordedAt == null ? null : recordedAt.toInstant(), rs.getString("score_key"),
                rs.getBigDecimal("value"), rs.getString("band"), rs.getInt("record_key"));
    }

    private static PreparedStatement prepare(Connection c, OutcomeQueries.Query query) throws SQLException {
        PreparedStatement ps = c.prepareStatement(query.sql());
        bind(ps, query);
        return ps;
    }

    private static void bind(PreparedStatement ps, OutcomeQueries.Query query) throws SQLException {
        for (int i = 0; i < query.params().size(); i++) {
            ps.setObject(i + 1, query.params().get(i));
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing after a failure: the first error is the one reported
            }
        }
    }
}
