package org.signpost.referral.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeDeclineReason;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.ReferralSource;
import org.signpost.referral.model.StatusChange;
import org.signpost.referral.model.Urgency;

/** Episodes, their needs and their transitions. */
@Singleton
public class EpisodeRepository {

    private final Sql sql;

    EpisodeRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(Episode e) {
        Episode.Referrer r = e.referrer();
        sql.update("INSERT INTO episode (id, resident_id, scheme_id, source, referrer_name, referrer_organisation, referrer_ods_code,"
                + " practice_ods_code, reason, urgency, status, received_on, version, created_by, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)", e.id(), e.residentId(), e.schemeId(), e.source().wire(),
                r == null ? null : r.name(), r == null ? null : r.organisation(), r == null ? null : r.odsCode(), e.practiceOdsCode(),
                e.reason(), e.urgency().wire(), e.status().wire(), e.receivedOn(), e.createdBy(), e.createdAt(), e.createdAt());
        for (int i = 0; i < e.needs().size(); i++) {
            sql.update("INSERT INTO episode_need (episode_id, need_code, position) VALUES (?, ?, ?)", e.id(), e.needs().get(i), i);
        }
    }

    public Optional<Episode> find(UUID id) {
        return withNeeds(sql.list("SELECT * FROM episode WHERE id = ?", EpisodeRepository::row, id)).stream().findFirst();
    }

    public Optional<Episode> lock(UUID id) {
        return withNeeds(sql.list("SELECT * FROM episode WHERE id = ? FOR UPDATE", EpisodeRepository::row, id)).stream().findFirst();
    }

    public List<Episode> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withNeeds(sql.list("SELECT * FROM episode WHERE id IN (" + Sql.placeholders(ids) + ")", EpisodeRepository::row,
                ids.toArray()));
    }

    public List<Episode> ofResident(UUID residentId) {
        return withNeeds(sql.list("SELECT * FROM episode WHERE resident_id = ? ORDER BY received_on DESC, created_at DESC",
                EpisodeRepository::row, residentId));
    }

    /** Open episodes assigned to the link worker, of these schemes only (the viewer's StaffScope). */
    public List<Episode> openAssignedTo(UUID linkWorker, Set<UUID> schemes) {
        if (schemes.isEmpty()) {
            return List.of();
        }
        return withNeeds(sql.list("SELECT * FROM episode WHERE assigned_to = ? AND status IN ('referred', 'accepted')"
                + " AND scheme_id IN (" + Sql.placeholders(schemes) + ")"
                + " ORDER BY next_contact_due IS NULL, next_contact_due, received_on", EpisodeRepository::row,
                params(linkWorker, schemes)));
    }

    /** Received between the days inclusive, ordered by (received_on, id), after a (received_on, id) cursor. */
    public List<Episode> receivedBetween(LocalDate from, LocalDate to, int limit, UUID afterEpisode) {
        if (afterEpisode == null) {
            return withNeeds(sql.list("SELECT * FROM episode WHERE received_on BETWEEN ? AND ? ORDER BY received_on, id LIMIT ?",
                    EpisodeRepository::row, from, to, limit));
        }
        return withNeeds(sql.list("SELECT e.* FROM episode e JOIN episode a ON a.id = ? WHERE e.received_on BETWEEN ? AND ?"
                + " AND (e.received_on > a.received_on OR (e.received_on = a.received_on AND e.id > a.id))"
                + " ORDER BY e.received_on, e.id LIMIT ?", EpisodeRepository::row, afterEpisode, from, to, limit));
    }

    /** Episodes assigned to the link worker by status, of these schemes only (the viewer's StaffScope). */
    public Map<EpisodeStatus, Long> countByStatusAssignedTo(UUID linkWorker, Set<UUID> schemes) {
        Map<EpisodeStatus, Long> counts = new EnumMap<>(EpisodeStatus.class);
        for (EpisodeStatus status : EpisodeStatus.values()) {
            counts.put(status, 0L);
        }
        if (schemes.isEmpty()) {
            return counts;
        }
        sql.list("SELECT status, COUNT(*) AS n FROM episode WHERE assigned_to = ? AND scheme_id IN (" + Sql.placeholders(schemes)
                + ") GROUP BY status", rs -> counts.put(EpisodeStatus.fromWire(rs.getString("status")), rs.getLong("n")),
                params(linkWorker, schemes));
        return counts;
    }

    private static Object[] params(UUID first, Set<UUID> schemes) {
        List<Object> params = new ArrayList<>(schemes.size() + 1);
        params.add(first);
        params.addAll(schemes);
        return params.toArray();
    }

    /** Moves to a new status if still at {@code version}; false when someone else changed it first. */
    public boolean transition(Episode next, Instant now) {
        return sql.update("UPDATE episode SET status = ?, decline_reason = ?, accepted_at = ?, ended_at = ?, next_contact_due = ?,"
                + " version = version + 1, updated_at = ? WHERE id = ? AND version = ?", next.status().wire(),
                next.declineReason() == null ? null : next.declineReason().wire(), next.acceptedAt(), next.endedAt(),
                next.nextContactDue(), now, next.id(), next.version()) == 1;
    }

    public boolean assign(UUID id, long version, UUID linkWorker, Instant now) {
        return sql.update("UPDATE episode SET assigned_to = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                linkWorker, now, id, version) == 1;
    }

    public void nextContact(UUID id, LocalDate due, Instant now) {
        sql.update("UPDATE episode SET next_contact_due = ?, updated_at = ? WHERE id = ?", due, now, id);
    }

    public void recordTransition(UUID episode, EpisodeStatus from, EpisodeStatus to, UUID actor, String actorName, Instant at,
            EpisodeDeclineReason declineReason, String reason) {
        sql.update("INSERT INTO episode_transition (episode_id, from_status, to_status, actor_id, actor_username, at, decline_reason,"
                + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", episode, from.wire(), to.wire(), actor, actorName, at,
                declineReason == null ? null : declineReason.wire(), reason);
    }

    public List<StatusChange> history(UUID episode) {
        return sql.list("SELECT * FROM episode_transition WHERE episode_id = ? ORDER BY id", rs -> new StatusChange(
                rs.getString("from_status"), rs.getString("to_status"), Sql.instant(rs, "at"), rs.getString("actor_username"),
                rs.getString("reason"), rs.getString("decline_reason"), null), episode);
    }

    /** Moves every episode (and what hangs off them by resident) of a merged record to the survivor. */
    public int moveResident(UUID from, UUID to) {
        sql.update("UPDATE coded_event SET resident_id = ? WHERE resident_id = ?", to, from);
        return sql.update("UPDATE episode SET resident_id = ? WHERE resident_id = ?", to, from);
    }

    private List<Episode> withNeeds(List<Episode> episodes) {
        if (episodes.isEmpty()) {
            return episodes;
        }
        List<UUID> ids = episodes.stream().map(Episode::id).toList();
        Map<UUID, List<String>> needs = new HashMap<>();
        sql.list("SELECT episode_id, need_code FROM episode_need WHERE episode_id IN (" + Sql.placeholders(ids) + ") ORDER BY position",
                rs -> needs.computeIfAbsent(Sql.uuid(rs, "episode_id"), k -> new ArrayList<>()).add(rs.getString("need_code")),
                ids.toArray());
        return episodes.stream().map(e -> e.withNeeds(needs.getOrDefault(e.id(), List.of()))).toList();
    }

    private static Episode row(ResultSet rs) throws SQLException {
        Episode.Referrer referrer = new Episode.Referrer(rs.getString("referrer_name"), rs.getString("referrer_organisation"),
                rs.getString("referrer_ods_code"));
        return new Episode(Sql.uuid(rs, "id"), Sql.uuid(rs, "resident_id"), Sql.uuid(rs, "scheme_id"),
                ReferralSource.fromWire(rs.getString("source")), referrer.isEmpty() ? null : referrer, rs.getString("practice_ods_code"),
                rs.getString("reason"), List.of(), Urgency.fromWire(rs.getString("urgency")), EpisodeStatus.fromWire(rs.getString("status")),
                EpisodeDeclineReason.fromWire(rs.getString("decline_reason")), Sql.date(rs, "received_on"), Sql.instant(rs, "accepted_at"),
                Sql.instant(rs, "ended_at"), Sql.uuid(rs, "assigned_to"), Sql.date(rs, "next_contact_due"), rs.getLong("version"),
                Sql.uuid(rs, "created_by"), Sql.instant(rs, "created_at"));
    }
}
