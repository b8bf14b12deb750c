package org.signpost.directory.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Domain events for notifications ({@code event_outbox}), written in the caller's transaction. */
public interface EventOutbox {

    void publish(String aggregateType, UUID aggregateId, String eventType, Map<String, Object> payload, Instant now);
}
