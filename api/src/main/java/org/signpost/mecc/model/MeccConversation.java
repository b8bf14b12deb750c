package org.signpost.mecc.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Making Every Contact Count conversation. Anonymous when {@code residentId} is null. */
public record MeccConversation(
        UUID id,
        LocalDate heldOn,
        String setting,
        String organisation,
        String practitionerRole,
        List<String> topics,
        MeccLevel level,
        MeccAction action,
        UUID signpostedServiceId,
        MeccIntention statedIntention,
        UUID residentId,
        UUID recordedBy,
        Instant recordedAt) {

    public MeccConversation {
        topics = List.copyOf(topics);
    }
}
