package org.signpost.referral.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;

/**
 * Writes domain events to event_outbox in the caller's transaction, for notifications and GP
 * messages. Payloads carry ids and codes, never a resident's name or contact details.
 */
@Singleton
public class ReferralEventOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql sql;

    ReferralEventOutbox(Sql sql) {
        this.sql = sql;
    }

    public void publish(String aggregateType, UUID aggregateId, String eventType, Map<String, Object> payload, Instant at) {
        try {
            sql.update("INSERT INTO event_outbox (aggregate_type, aggregate_id, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                    aggregateType, aggregateId, eventType, JSON.writeValueAsString(payload), at);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
