package org.signpost.platform.events;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;

/** The outbox row of an event, written in the caller's transaction and due at once. */
@Singleton
class JdbcEventOutbox implements EventOutbox {

    private final Sql sql;
    private final EventTypes types;

    JdbcEventOutbox(Sql sql, EventTypes types) {
        this.sql = sql;
        this.types = types;
    }

    @Override
    public UUID publish(PlatformEvent event, Instant occurredAt) {
        EventSchema schema = EventTypes.schemaOf(event);
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO event_outbox (event_id, aggregate_type, aggregate_id, event_type, event_version, payload, created_at,"
                + " process_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, schema.subject(), event.subjectId(), schema.type(),
                schema.version(), types.write(event), occurredAt, occurredAt);
        return id;
    }
}
