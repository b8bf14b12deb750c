package org.signpost.referral.model;

import java.time.Instant;
import java.util.UUID;

/** A closed-loop referral from an episode to a community service, as stored. */
public record OnwardReferral(
        UUID id,
        UUID episodeId,
        UUID residentId,
        UUID schemeId,
        UUID serviceId,
        String serviceName,
        UUID organisationId,
        String needCode,
        String sharedInformation,
        OnwardStatus status,
        boolean placeHeld,
        String capacityOverrideReason,
        OnwardDeclineReason declineReason,
        CompletionOutcome outcome,
        long version,
        UUID createdBy,
        Instant createdAt,
        Instant sentAt,
        Instant updatedAt) {
}
