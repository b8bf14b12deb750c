package org.signpost.wellbeing.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation for a resident to complete a measure in the app, answered at most once and only
 * before it expires. {@code followUpWeeks} and {@code completedRecord} may be null.
 */
public record OutcomeInvitation(
        UUID id,
        UUID episodeId,
        String measureId,
        Timepoint timepoint,
        Integer followUpWeeks,
        UUID invitedBy,
        Instant invitedAt,
        Instant expiresAt,
        UUID completedRecord) {

    public boolean used() {
        return completedRecord != null;
    }

    /** Expired at {@code now} (an invitation is good up to, not including, its expiry instant). */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean pendingAt(Instant now) {
        return !used() && !expiredAt(now);
    }
}
