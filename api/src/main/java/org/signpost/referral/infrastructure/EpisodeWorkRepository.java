package org.signpost.referral.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.jdbc.JsonColumns;
import org.signpost.platform.jdbc.Sql;
import org.signpost.referral.model.CodedEvent;
import org.signpost.referral.model.ConversationNote;
import org.signpost.referral.model.GoalStatus;
import org.signpost.referral.model.Plan;

/** What a link worker writes on an episode (conversations, the plan) and the coded events. */
@Singleton
public class EpisodeWorkRepository {

    private static final TypeReference<List<Map<String, String>>> GOALS = new TypeReference<>() { };
    private static final TypeReference<List<String>> DATES = new TypeReference<>() { };

    private final Sql sql;

    EpisodeWorkRepository(Sql sql) {
        this.sql = sql;
    }

    public void insertNote(ConversationNote n) {
        sql.update("INSERT INTO conversation_note (id, episode_id, held_on, what_matters, notes, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", n.id(), n.episodeId(), n.heldOn(), n.whatMatters(), n.notes(), n.recordedBy(),
                n.recordedAt());
    }

    public List<ConversationNote> notes(UUID episode) {
        return sql.list("SELECT * FROM conversation_note WHERE episode_id = ? ORDER BY held_on, recorded_at", rs -> new ConversationNote(
                Sql.uuid(rs, "id"), Sql.uuid(rs, "episode_id"), Sql.date(rs, "held_on"), rs.getString("what_matters"),
                rs.getString("notes"), Sql.uuid(rs, "recorded_by"), Sql.instant(rs, "recorded_at")), episode);
    }

    public Optional<Plan> plan(UUID episode) {
        return sql.one("SELECT * FROM care_plan WHERE episode_id = ?", rs -> new Plan(Sql.uuid(rs, "episode_id"),
                goals(rs.getString("goals")), dates(rs.getString("review_dates")), rs.getLong("version"), Sql.uuid(rs, "updated_by"),
                Sql.instant(rs, "updated_at")), episode);
    }

    /** Writes the plan if it is still at {@code expectedVersion} (0: none yet); false when someone else wrote first. */
    public boolean writePlan(Plan plan, long expectedVersion) {
        String goals = JsonColumns.write(goalMaps(plan));
        String reviewDates = JsonColumns.write(plan.reviewDates().stream().map(LocalDate::toString).toList());
        if (expectedVersion == 0) {
            return sql.update("INSERT IGNORE INTO care_plan (episode_id, goals, review_dates, version, updated_by, updated_at)"
                    + " VALUES (?, ?, ?, 1, ?, ?)", plan.episodeId(), goals, reviewDates, plan.updatedBy(), plan.updatedAt()) == 1;
        }
        return sql.update("UPDATE care_plan SET goals = ?, review_dates = ?, version = version + 1, updated_by = ?, updated_at = ?"
                + " WHERE episode_id = ? AND version = ?", goals, reviewDates, plan.updatedBy(), plan.updatedAt(), plan.episodeId(),
                expectedVersion) == 1;
    }

    public void insertCodedEvent(UUID episode, UUID resident, UUID scheme, String code, String display, UUID by, Instant at) {
        sql.update("INSERT INTO coded_event (episode_id, resident_id, scheme_id, code, display, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", episode, resident, scheme, code, display, by, at);
    }

    public List<CodedEvent> codedEvents(UUID episode) {
        return sql.list("SELECT * FROM coded_event WHERE episode_id = ? ORDER BY id", EpisodeWorkRepository::codedEvent, episode);
    }

    /** Events after the cursor recorded before {@code settledBefore}, oldest first; all schemes when {@code schemes} is null. */
    public List<CodedEvent> codedEventsAfter(long cursor, Instant settledBefore, List<UUID> schemes, int limit) {
        if (schemes == null) {
            return sql.list("SELECT * FROM coded_event WHERE id > ? AND recorded_at < ? ORDER BY id LIMIT ?",
                    EpisodeWorkRepository::codedEvent, cursor, settledBefore, limit);
        }
        if (schemes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(cursor, settledBefore));
        params.addAll(schemes);
        params.add(limit);
        return sql.list("SELECT * FROM coded_event WHERE id > ? AND recorded_at < ? AND scheme_id IN (" + Sql.placeholders(schemes)
                + ") ORDER BY id LIMIT ?", EpisodeWorkRepository::codedEvent, params.toArray());
    }

    private static CodedEvent codedEvent(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CodedEvent(rs.getLong("id"), Sql.uuid(rs, "episode_id"), Sql.uuid(rs, "resident_id"), Sql.uuid(rs, "scheme_id"),
                rs.getString("code"), rs.getString("display"), Sql.uuid(rs, "recorded_by"), Sql.instant(rs, "recorded_at"));
    }

    private static List<Map<String, String>> goalMaps(Plan plan) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Plan.Goal g : plan.goals()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("description", g.description());
            m.put("target_date", g.targetDate() == null ? null : g.targetDate().toString());
            m.put("status", g.status().wire());
            out.add(m);
        }
        return out;
    }

    private static List<Plan.Goal> goals(String json) {
        List<Plan.Goal> out = new ArrayList<>();
        for (Map<String, String> m : JsonColumns.read(json, GOALS)) {
            String target = m.get("target_date");
            out.add(new Plan.Goal(m.get("description"), target == null ? null : LocalDate.parse(target), GoalStatus.fromWire(m.get("status"))));
        }
        return out;
    }

    private static List<LocalDate> dates(String json) {
        return JsonColumns.read(json, DATES).stream().map(LocalDate::parse).toList();
    }
}
