package org.signpost.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.signpost.wellbeing.application.MeasureCatalogue;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.ScoreValue;
import org.signpost.wellbeing.model.Timepoint;

/**
 * Outcome records as V40 defines them (a record and one score row per score, scored by
 * {@link MeasureScoring}), written straight to the database until the recording API is merged.
 * A correction is a new record that supersedes the old one, which is kept.
 */
@Singleton
public class OutcomeRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final MeasureCatalogue measures;

    OutcomeRows(JdbcOperations jdbc, TransactionOperations<Connection> transactions, MeasureCatalogue measures) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.measures = measures;
    }

    /** Records answers on a measure for an episode; answers a record id. */
    public UUID record(UUID episode, String measureId, Timepoint timepoint, Integer followUpWeeks, LocalDate completedOn,
            Map<String, Integer> answers, String recordedByUsername) {
        return write(episode, measureId, timepoint, followUpWeeks, completedOn, answers, recordedByUsername, null);
    }

    /** Corrects a record: a new record superseding it. */
    public UUID correct(UUID record, UUID episode, String measureId, Timepoint timepoint, Integer followUpWeeks, LocalDate completedOn,
            Map<String, Integer> answers, String recordedByUsername) {
        return write(episode, measureId, timepoint, followUpWeeks, completedOn, answers, recordedByUsername, record);
    }

    /** Every item of the measure answered the same. */
    public Map<String, Integer> all(String measureId, int value) {
        Map<String, Integer> answers = new TreeMap<>();
        measures.find(measureId).orElseThrow().items().forEach(item -> answers.put(item.id(), value));
        return answers;
    }

    private UUID write(UUID episode, String measureId, Timepoint timepoint, Integer followUpWeeks, LocalDate completedOn,
            Map<String, Integer> answers, String recordedByUsername, UUID supersedes) {
        MeasureDefinition measure = measures.find(measureId).orElseThrow();
        MeasureScore score = MeasureScoring.score(measure, answers);
        UUID id = UUID.randomUUID();
        transactions.executeWrite(status -> {
            String recorder = userId(recordedByUsername);
            update("INSERT INTO outcome_record (id, episode_id, measure_id, measure_version, timepoint, follow_up_weeks, completed_on,"
                    + " answers, completed_by, flags, supersedes, correction_reason, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'link_worker', NULL, ?, ?, ?, ?)",
                    id.toString(), episode.toString(), measure.id(), measure.version(), timepoint.name().toLowerCase(Locale.ROOT),
                    followUpWeeks, java.sql.Date.valueOf(completedOn), json(answers), supersedes == null ? null : supersedes.toString(),
                    supersedes == null ? null : "Corrected in a test", recorder, Timestamp.from(Instant.now()));
            for (ScoreValue value : score.scores()) {
                update("INSERT INTO outcome_score (record_id, score_key, raw_value, value, band) VALUES (?, ?, ?, ?, ?)", id.toString(),
                        value.key(), value.raw().isPresent() ? value.raw().getAsInt() : null, value.value(), value.band().orElse(null));
            }
            return null;
        });
        return id;
    }

    private String userId(String username) {
        return jdbc.prepareStatement("SELECT id FROM user_account WHERE username = ?", statement -> {
            statement.setString(1, username);
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No user " + username);
                }
                return rs.getString(1);
            }
        });
    }

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        });
    }

    private static String json(Map<String, Integer> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
