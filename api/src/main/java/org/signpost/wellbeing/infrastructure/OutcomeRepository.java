package org.signpost.wellbeing.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.jdbc.JsonColumns;
import org.signpost.platform.jdbc.Sql;
import org.signpost.wellbeing.model.CompletedBy;
import org.signpost.wellbeing.model.OutcomeEntry;
import org.signpost.wellbeing.model.OutcomeRecord;
import org.signpost.wellbeing.model.StoredScore;
import org.signpost.wellbeing.model.Timepoint;

/**
 * outcome_record and outcome_score, append-only: rows are inserted, never updated or deleted. A
 * record is current when no record supersedes it. Callers run inside a transaction.
 */
@Singleton
public class OutcomeRepository {

    private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() { };
    private static final String SELECT = "SELECT r.*, s.id AS superseded_by FROM outcome_record r"
            + " LEFT JOIN outcome_record s ON s.supersedes = r.id";

    private final Sql sql;

    OutcomeRepository(Sql sql) {
        this.sql = sql;
    }

    /** Inserts the record and its scores; a second correction of the same record fails on uq_outcome_supersedes. */
    public void insert(OutcomeRecord r) {
        sql.update("INSERT INTO outcome_record (id, episode_id, measure_id, measure_version, timepoint, follow_up_weeks, completed_on,"
                + " answers, completed_by, flags, supersedes, correction_reason, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.episodeId(), r.measureId(), r.measureVersion(),
                r.timepoint().name().toLowerCase(), r.followUpWeeks(), r.completedOn(), JsonColumns.write(r.answers()), r.completedBy().wire(),
                r.flags().isEmpty() ? null : String.join(",", r.flags()), r.supersedes(), r.correctionReason(), r.recordedBy(),
                r.recordedAt());
        for (StoredScore s : r.scores()) {
            sql.update("INSERT INTO outcome_score (record_id, score_key, raw_value, value, band) VALUES (?, ?, ?, ?, ?)",
                    r.id(), s.key(), s.raw(), s.value(), s.band());
        }
    }

    public Optional<OutcomeEntry> find(UUID id) {
        return withScores(sql.list(SELECT + " WHERE r.id = ?", OutcomeRepository::entry, id)).stream().findFirst();
    }

    /** Locks the record's row until the transaction ends, so corrections of it queue rather than deadlock. */
    public void lock(UUID id) {
        sql.list("SELECT id FROM outcome_record WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
    }

    /** The record that corrects this one, if any. */
    public Optional<UUID> successorOf(UUID id) {
        return sql.one("SELECT id FROM outcome_record WHERE supersedes = ?", rs -> Sql.uuid(rs, "id"), id);
    }

    public long countOfEpisode(UUID episodeId) {
        return sql.count("SELECT COUNT(*) FROM outcome_record WHERE episode_id = ?", episodeId);
    }

    /** One page of an episode's records, current and superseded, by day completed then time recorded. */
    public List<OutcomeEntry> pageOfEpisode(UUID episodeId, long offset, int limit) {
        return withScores(sql.list(SELECT + " WHERE r.episode_id = ? ORDER BY r.completed_on, r.recorded_at, r.id LIMIT ? OFFSET ?",
                OutcomeRepository::entry, episodeId, limit, offset));
    }

    /** The current records of an episode (none supersedes them). */
    public List<OutcomeRecord> currentOfEpisode(UUID episodeId) {
        return withScores(sql.list(SELECT + " WHERE r.episode_id = ? AND s.id IS NULL ORDER BY r.completed_on, r.recorded_at, r.id",
                OutcomeRepository::entry, episodeId)).stream().map(OutcomeEntry::record).toList();
    }

    public boolean hasCurrentBaseline(UUID episodeId, String measureId) {
        return sql.count("SELECT COUNT(*) FROM outcome_record r WHERE r.episode_id = ? AND r.measure_id = ? AND r.timepoint = 'baseline'"
                + " AND NOT EXISTS (SELECT 1 FROM outcome_record s WHERE s.supersedes = r.id)", episodeId, measureId) > 0;
    }

    private List<OutcomeEntry> withScores(List<OutcomeEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<StoredScore>> scores = scores(entries.stream().map(e -> e.record().id()).toList());
        return entries.stream().map(e -> new OutcomeEntry(e.record().withScores(scores.getOrDefault(e.record().id(), List.of())),
                e.supersededBy())).toList();
    }

    private Map<UUID, List<StoredScore>> scores(Collection<UUID> ids) {
        Map<UUID, List<StoredScore>> byRecord = new HashMap<>();
        sql.list("SELECT * FROM outcome_score WHERE record_id IN (" + Sql.placeholders(ids) + ") ORDER BY record_id",
                rs -> Map.entry(Sql.uuid(rs, "record_id"), new StoredScore(rs.getString("score_key"),
                        rs.getObject("raw_value", Integer.class), rs.getBigDecimal("value"), rs.getString("band"))),
                ids.toArray()).forEach(e -> byRecord.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byRecord;
    }

    private static OutcomeEntry entry(ResultSet rs) throws SQLException {
        String flags = rs.getString("flags");
        OutcomeRecord record = new OutcomeRecord(Sql.uuid(rs, "id"), Sql.uuid(rs, "episode_id"), rs.getString("measure_id"),
                rs.getString("measure_version"), Timepoint.valueOf(rs.getString("timepoint").toUpperCase()),
                rs.getObject("follow_up_weeks", Integer.class), Sql.date(rs, "completed_on"), JsonColumns.read(rs.getString("answers"), ANSWERS),
                CompletedBy.fromWire(rs.getString("completed_by")), flags == null ? List.of() : Arrays.asList(flags.split(",")),
                Sql.uuid(rs, "supersedes"), rs.getString("correction_reason"), Sql.uuid(rs, "recorded_by"),
                Sql.instant(rs, "recorded_at"), List.of());
        return new OutcomeEntry(record, Sql.uuid(rs, "superseded_by"));
    }
}
