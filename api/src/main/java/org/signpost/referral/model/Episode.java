package org.signpost.referral.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A resident's episode with the social prescribing service: the referral into the service and
 * everything that follows it until it is declined or closed.
 */
public record Episode(
        UUID id,
        UUID residentId,
        UUID schemeId,
        ReferralSource source,
        Referrer referrer,
        String practiceOdsCode,
        String reason,
        List<String> needs,
        Urgency urgency,
        EpisodeStatus status,
        EpisodeDeclineReason declineReason,
        LocalDate receivedOn,
        Instant acceptedAt,
        Instant endedAt,
        UUID assignedTo,
        LocalDate nextContactDue,
        long version,
        UUID createdBy,
        Instant createdAt) {

    public Episode {
        needs = List.copyOf(needs);
    }

    /** Who referred the resident in (absent fields unknown). */
    public record Referrer(String name, String organisation, String odsCode) {

        public boolean isEmpty() {
            return name == null && organisation == null && odsCode == null;
        }
    }

    public Episode withNeeds(List<String> codes) {
        return new Episode(id, residentId, schemeId, source, referrer, practiceOdsCode, reason, codes, urgency, status, declineReason,
                receivedOn, acceptedAt, endedAt, assignedTo, nextContactDue, version, createdBy, createdAt);
    }
}
