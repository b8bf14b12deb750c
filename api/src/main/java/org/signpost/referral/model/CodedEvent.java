package org.signpost.referral.model;

import java.time.Instant;
import java.util.UUID;

/** A SNOMED CT concept recorded against an episode, for GP systems. {@code cursor} orders the export. */
public record CodedEvent(long cursor, UUID episodeId, UUID residentId, UUID schemeId, String code, String display, UUID recordedBy,
        Instant recordedAt) {
}
