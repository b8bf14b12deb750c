package org.signpost.referral.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A "what matters to me" conversation. */
public record ConversationNote(UUID id, UUID episodeId, LocalDate heldOn, String whatMatters, String notes, UUID recordedBy,
        Instant recordedAt) {
}
