package org.signpost.wellbeing.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;
import org.signpost.wellbeing.model.OutcomeInvitation;
import org.signpost.wellbeing.model.Timepoint;

/** outcome_invitation: inserted by staff, marked used once (completed_record) when the resident answers. */
@Singleton
public class InvitationRepository {

    private final Sql sql;

    InvitationRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(OutcomeInvitation i) {
        sql.update("INSERT INTO outcome_invitation (id, episode_id, measure_id, timepoint, follow_up_weeks, invited_by, invited_at,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", i.id(), i.episodeId(), i.measureId(), i.timepoint().name().toLowerCase(),
                i.followUpWeeks(), i.invitedBy(), i.invitedAt(), i.expiresAt());
    }

    public Optional<OutcomeInvitation> find(UUID id) {
        return sql.one("SELECT * FROM outcome_invitation WHERE id = ?", InvitationRepository::invitation, id);
    }

    /** Unanswered invitations on these episodes that have not expired by {@code now}, soonest expiry first. */
    public List<OutcomeInvitation> pending(Collection<UUID> episodeIds, Instant now) {
        if (episodeIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(episodeIds);
        params.add(now);
        return sql.list("SELECT * FROM outcome_invitation WHERE episode_id IN (" + Sql.placeholders(episodeIds) + ")"
                + " AND completed_record IS NULL AND expires_at > ? ORDER BY expires_at, id", InvitationRepository::invitation,
                params.toArray());
    }

    /** Marks the invitation used by that record; false when it was already used (someone answered first). */
    public boolean markUsed(UUID id, UUID record) {
        return sql.update("UPDATE outcome_invitation SET completed_record = ? WHERE id = ? AND completed_record IS NULL", record, id) == 1;
    }

    private static OutcomeInvitation invitation(ResultSet rs) throws SQLException {
        return new OutcomeInvitation(Sql.uuid(rs, "id"), Sql.uuid(rs, "episode_id"), rs.getString("measure_id"),
                Timepoint.valueOf(rs.getString("timepoint").toUpperCase()), rs.getObject("follow_up_weeks", Integer.class),
                Sql.uuid(rs, "invited_by"), Sql.instant(rs, "invited_at"), Sql.instant(rs, "expires_at"), Sql.uuid(rs, "completed_record"));
    }
}
