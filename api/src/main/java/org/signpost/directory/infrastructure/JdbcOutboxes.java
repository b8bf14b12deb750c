package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.signpost.directory.application.SearchOutbox;
import org.signpost.platform.jdbc.Sql;

/** The search outbox: rows written with the statement's transaction, due at once. */
@Singleton
class JdbcOutboxes implements SearchOutbox {

    private final Sql sql;

    JdbcOutboxes(Sql sql) {
        this.sql = sql;
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
                + " FROM service_taxonomy_term WHERE term_id IN (" + Sql.placeholders(termIds) + ")", params);
    }
}
