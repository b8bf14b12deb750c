package org.signpost.webhooks.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One partner endpoint of one organisation. {@code eventTypes} empty: every event the organisation may hear
 * ({@link WebhookEventPolicy}). Disabled ({@code disabledAt} set, with the reason) after repeated failures, until an
 * editor enables it again.
 */
public record Subscription(UUID id, UUID organisationId, String url, String description, List<String> eventTypes,
        String secretCiphertext, Instant createdAt, int consecutiveFailures, Instant disabledAt, String disabledReason) {

    public Subscription {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean active() {
        return disabledAt == null;
    }
}
