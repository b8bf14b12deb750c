package org.signpost.notifications.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Which people an event has already produced a message for (or deliberately none): a retried event skips them. */
public interface NotificationLog {

    Set<UUID> handled(UUID eventId);

    /** {@code outcome}: email, sms, or skipped. */
    void record(UUID eventId, UUID userId, String template, String outcome, Instant at);
}
