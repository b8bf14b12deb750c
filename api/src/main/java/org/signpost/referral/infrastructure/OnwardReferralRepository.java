package org.signpost.referral.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;
import org.signpost.referral.model.CompletionOutcome;
import org.signpost.referral.model.ContactAttempt;
import org.signpost.referral.model.ContactAttemptOutcome;
import org.signpost.referral.model.OnwardDeclineReason;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.referral.model.StatusChange;

/** Onward referrals, their transitions and the attempts to contact the resident. */
@Singleton
public class OnwardReferralRepository {

    /** The open states as an SQL list, from the one state machine. */
    private static final String OPEN = java.util.Arrays.stream(OnwardStatus.values()).filter(ReferralTransitions::isOpen)
            .map(st -> "'" + st.wire() + "'").collect(java.util.stream.Collectors.joining(", "));

    private final Sql sql;

    OnwardReferralRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(OnwardReferral r) {
        sql.update("INSERT INTO onward_referral (id, episode_id, resident_id, scheme_id, service_id, service_name, organisation_id,"
                + " need_code, shared_information, status, place_held, version, created_by, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?, ?)", r.id(), r.episodeId(), r.residentId(), r.schemeId(),
                r.serviceId(), r.serviceName(), r.organisationId(), r.needCode(), r.sharedInformation(), r.status().wire(), r.createdBy(), r.createdAt(),
                r.createdAt());
    }

    public Optional<OnwardReferral> find(UUID id) {
        return sql.one("SELECT * FROM onward_referral WHERE id = ?", OnwardReferralRepository::row, id);
    }

    public Optional<OnwardReferral> lock(UUID id) {
        return sql.one("SELECT * FROM onward_referral WHERE id = ? FOR UPDATE", OnwardReferralRepository::row, id);
    }

    public List<OnwardReferral> ofEpisodes(Collection<UUID> episodes) {
        if (episodes.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT * FROM onward_referral WHERE episode_id IN (" + Sql.placeholders(episodes) + ") ORDER BY created_at",
                OnwardReferralRepository::row, episodes.toArray());
    }

    /** An episode's referrals that something can still happen to (drafts too), oldest first. */
    public List<OnwardReferral> openOfEpisode(UUID episode) {
        return sql.list("SELECT * FROM onward_referral WHERE episode_id = ? AND status IN (" + OPEN + ") ORDER BY created_at, id",
                OnwardReferralRepository::row, episode);
    }

    /** The episode's open referral to that service, if it has one. */
    public Optional<OnwardReferral> openTo(UUID episode, UUID service) {
        return sql.list("SELECT * FROM onward_referral WHERE episode_id = ? AND service_id = ? AND status IN (" + OPEN + ")"
                + " ORDER BY created_at, id LIMIT 1", OnwardReferralRepository::row, episode, service).stream().findFirst();
    }

    /** The open referrals a service's group has received (sent and after, never drafts), oldest first. */
    public List<OnwardReferral> openReceivedAt(UUID service) {
        return sql.list("SELECT * FROM onward_referral WHERE service_id = ? AND status IN (" + OPEN + ") AND status <> 'draft'"
                + " ORDER BY created_at, id", OnwardReferralRepository::row, service);
    }

    /** How many referrals hold one of the service's places. */
    public int placesHeldAt(UUID service) {
        return (int) sql.count("SELECT COUNT(*) FROM onward_referral WHERE service_id = ? AND place_held = TRUE", service);
    }

    /**
     * What the receiving group may see of the referrals to it, as a predicate: the rule of a single read
     * (ReferralParty: a group never sees a draft), applied whatever status the list is filtered to.
     */
    private static final String PROVIDER_SEES = "organisation_id = ? AND status <> 'draft'";

    /** Referrals an organisation can see (never drafts), newest first. */
    public List<OnwardReferral> toOrganisation(UUID organisation, OnwardStatus status, long offset, int limit) {
        String filter = status == null ? "TRUE" : "status = ?";
        List<Object> params = new ArrayList<>();
        params.add(organisation);
        if (status != null) {
            params.add(status.wire());
        }
        params.add(limit);
        params.add(offset);
        return sql.list("SELECT * FROM onward_referral WHERE " + PROVIDER_SEES + " AND " + filter
                + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", OnwardReferralRepository::row, params.toArray());
    }

    public long countToOrganisation(UUID organisation, OnwardStatus status) {
        return status == null ? sql.count("SELECT COUNT(*) FROM onward_referral WHERE " + PROVIDER_SEES, organisation)
                : sql.count("SELECT COUNT(*) FROM onward_referral WHERE " + PROVIDER_SEES + " AND status = ?", organisation, status.wire());
    }

    /** Applies a transition if the referral is still at {@code expectedVersion}; false when another won. */
    /** Sent before {@code sentBefore}, still unanswered, and not yet reported as such: oldest first. */
    public List<OnwardReferral> unansweredUnreported(Instant sentBefore, int limit) {
        return sql.list("SELECT * FROM onward_referral WHERE status = 'sent' AND sent_at < ? AND unanswered_reported_at IS NULL"
                + " ORDER BY sent_at LIMIT ?", OnwardReferralRepository::row, sentBefore, limit);
    }

    /** Marks the referral reported as unanswered; false when it was answered or reported meanwhile. */
    public boolean markUnansweredReported(UUID id, Instant sentBefore, Instant now) {
        return sql.update("UPDATE onward_referral SET unanswered_reported_at = ? WHERE id = ? AND status = 'sent' AND sent_at < ?"
                + " AND unanswered_reported_at IS NULL", now, id, sentBefore) == 1;
    }

    public boolean transition(OnwardReferral next, long expectedVersion, Instant now) {
        return sql.update("UPDATE onward_referral SET status = ?, place_held = ?, capacity_override_reason = ?, decline_reason = ?,"
                + " outcome = ?, sent_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?", next.status().wire(),
                next.placeHeld(), next.capacityOverrideReason(), next.declineReason() == null ? null : next.declineReason().wire(),
                next.outcome() == null ? null : next.outcome().wire(), next.sentAt(), now, next.id(), expectedVersion) == 1;
    }

    public void recordTransition(UUID referral, StatusChange change, UUID actorId) {
        sql.update("INSERT INTO onward_referral_transition (referral_id, from_status, to_status, actor_id, actor_username, at, reason,"
                + " decline_reason, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", referral, change.from(), change.to(), actorId,
                change.actor(), change.at(), change.reason(), change.declineReason(), change.outcome());
    }

    public Map<UUID, List<StatusChange>> history(Collection<UUID> referrals) {
        Map<UUID, List<StatusChange>> out = new HashMap<>();
        if (!referrals.isEmpty()) {
            sql.list("SELECT * FROM onward_referral_transition WHERE referral_id IN (" + Sql.placeholders(referrals) + ") ORDER BY id",
                    rs -> out.computeIfAbsent(Sql.uuid(rs, "referral_id"), k -> new ArrayList<>()).add(new StatusChange(
                            rs.getString("from_status"), rs.getString("to_status"), Sql.instant(rs, "at"), rs.getString("actor_username"),
                            rs.getString("reason"), rs.getString("decline_reason"), rs.getString("outcome"))), referrals.toArray());
        }
        return out;
    }

    public void insertAttempt(ContactAttempt a, UUID actorId) {
        sql.update("INSERT INTO contact_attempt (id, referral_id, outcome, note, actor_id, actor_username, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.referralId(), a.outcome().wire(), a.note(), actorId, a.actor(), a.at());
    }

    public Map<UUID, List<ContactAttempt>> attempts(Collection<UUID> referrals) {
        Map<UUID, List<ContactAttempt>> out = new HashMap<>();
        if (!referrals.isEmpty()) {
            sql.list("SELECT * FROM contact_attempt WHERE referral_id IN (" + Sql.placeholders(referrals) + ") ORDER BY at, id",
                    rs -> out.computeIfAbsent(Sql.uuid(rs, "referral_id"), k -> new ArrayList<>()).add(new ContactAttempt(
                            Sql.uuid(rs, "id"), Sql.uuid(rs, "referral_id"), ContactAttemptOutcome.fromWire(rs.getString("outcome")),
                            rs.getString("note"), rs.getString("actor_username"), Sql.instant(rs, "at"))), referrals.toArray());
        }
        return out;
    }

    public Map<OnwardStatus, Long> countByStatus(Collection<UUID> episodes) {
        Map<OnwardStatus, Long> counts = new EnumMap<>(OnwardStatus.class);
        for (OnwardStatus status : OnwardStatus.values()) {
            counts.put(status, 0L);
        }
        if (!episodes.isEmpty()) {
            sql.list("SELECT status, COUNT(*) AS n FROM onward_referral WHERE episode_id IN (" + Sql.placeholders(episodes)
                    + ") GROUP BY status", rs -> counts.put(OnwardStatus.fromWire(rs.getString("status")), rs.getLong("n")),
                    episodes.toArray());
        }
        return counts;
    }

    public int moveResident(UUID from, UUID to) {
        return sql.update("UPDATE onward_referral SET resident_id = ? WHERE resident_id = ?", to, from);
    }

    private static OnwardReferral row(ResultSet rs) throws SQLException {
        return new OnwardReferral(Sql.uuid(rs, "id"), Sql.uuid(rs, "episode_id"), Sql.uuid(rs, "resident_id"), Sql.uuid(rs, "scheme_id"),
                Sql.uuid(rs, "service_id"), rs.getString("service_name"), Sql.uuid(rs, "organisation_id"), rs.getString("need_code"), rs.getString("shared_information"),
                OnwardStatus.fromWire(rs.getString("status")), rs.getBoolean("place_held"), rs.getString("capacity_override_reason"),
                OnwardDeclineReason.fromWire(rs.getString("decline_reason")), CompletionOutcome.fromWire(rs.getString("outcome")),
                rs.getLong("version"), Sql.uuid(rs, "created_by"), Sql.instant(rs, "created_at"), Sql.instant(rs, "sent_at"),
                Sql.instant(rs, "updated_at"));
    }
}
