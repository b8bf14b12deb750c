package org.signpost.webhooks.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to send one event to one subscription, as the delivery log shows it. {@code statusCode} is null when the
 * endpoint gave no HTTP answer (refused, timed out, or not called because its address was refused).
 */
public record DeliveryAttempt(long id, UUID eventId, String eventType, int attempt, Instant attemptedAt, boolean delivered,
        Integer statusCode, String error, int durationMs) {
}
