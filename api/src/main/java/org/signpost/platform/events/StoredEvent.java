package org.signpost.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as the outbox holds it and subscribers receive it.
 *
 * @param id         the event's id: the same on every delivery of this event, so receivers use it as their
 *                   idempotency key (delivery is at least once)
 * @param type       the stable type name, e.g. {@code referral.sent}
 * @param version    the payload's schema version
 * @param subject    what the event is about, e.g. {@code onward_referral}
 * @param subjectId  that thing's id
 * @param occurredAt when it happened (the publishing transaction's time)
 * @param event      the typed payload
 * @param payload    the same payload as stored JSON (snake_case)
 */
public record StoredEvent(UUID id, String type, int version, String subject, UUID subjectId, Instant occurredAt,
        PlatformEvent event, String payload) {
}
