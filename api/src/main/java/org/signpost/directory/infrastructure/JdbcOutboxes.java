package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.directory.application.EventOutbox;
import org.signpost.directory.application.SearchOutbox;

/** Both outboxes: rows written with the statement's transaction, due at once. */
@Singleton
class JdbcOutboxes implements SearchOutbox, EventOutbox {

    private final Sql sql;
    private final ListingJson json;

    JdbcOutboxes(Sql sql, ListingJson json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void enqueue(Collection<UUID> serviceIds, Instant now) {
        List<Object[]> rows = new LinkedHashSet<>(serviceIds).stream().map(id -> new Object[] {id, now, now}).toList();
        sql.batch("INSERT INTO search_outbox (service_id, created_at, process_after) VALUES (?, ?, ?)", rows);
    }

    @Override
    public int enqueueOrganisation(UUID organisationId, Instant now) {
        return sql.update("INSERT INTO search_outbox (service_id, created_at, process_after)"
                + " SELECT id, ?, ? FROM service WHERE organisation_id = ?", now, now, organisationId);
    }

    @Override
    public int enqueueTagged(Collection<UUID> termIds, Instant now) {
        if (termIds.isEmpty()) {
            return 0;
        }
        Object[] params = new Object[termIds.size() + 2];
        params[0] = now;
        params[1] = now;
        int i = 2;
        for (UUID id : termIds) {
            params[i++] = id;
        }
        return sql.update("INSERT INTO search_outbox (service_id, created_at, process_after) SELECT DISTINCT service_id, ?, ?"
                + " FROM service_taxonomy_term WHERE term_id IN (" + Sql.marks(termIds) + ")", params);
    }

    @Override
    public void publish(String aggregateType, UUID aggregateId, String eventType, Map<String, Object> payload, Instant now) {
        sql.update("INSERT INTO event_outbox (aggregate_type, aggregate_id, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                aggregateType, aggregateId, eventType, json.write(payload), now);
    }
}
