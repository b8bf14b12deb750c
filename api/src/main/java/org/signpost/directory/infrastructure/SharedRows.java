package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.directory.application.UnattributedOrganisation;
import org.signpost.directory.model.ListingContent;
import org.signpost.platform.jdbc.Sql;
import org.signpost.platform.jdbc.SqlBatch;
import org.signpost.seeds.model.ImportedOrganisation;

/**
 * Organisations and locations, which several listings share: upserted by (source, source_id), once per
 * batch however many listings name them, then read back for their stored ids.
 */
final class SharedRows {

    private static final String UPSERT_ORGANISATION = "INSERT INTO organisation (id, name, description, email, website, source,"
            + " source_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) ON DUPLICATE KEY UPDATE"
            + " name = VALUES(name), description = VALUES(description), email = VALUES(email), website = VALUES(website),"
            + " updated_at = VALUES(updated_at)";
    /** A location by (source, source_id): the same columns an edit writes ({@link ListingTables#location}). */
    private static final String UPSERT_LOCATION = "INSERT INTO location (id, " + ListingTables.LOCATION_COLUMNS + ", source,"
            + " source_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"
            + " ON DUPLICATE KEY UPDATE " + ListingTables.LOCATION_UPSERTS + ", updated_at = VALUES(updated_at)";

    private final String source;
    private final Instant now;
    private final Map<String, Object[]> organisations = new LinkedHashMap<>();
    private final Map<String, ListingContent.Location> locations = new LinkedHashMap<>();

    SharedRows(String source, Instant now) {
        this.source = source;
        this.now = now;
    }

    /** Remembers the organisation; returns its key. */
    String organisation(ImportedOrganisation o) {
        String key = ImportKeys.organisationKey(o);
        UUID id = ImportKeys.derive(source, "organisation", key);
        organisations.putIfAbsent(key, o == null
                ? new Object[] {id, UnattributedOrganisation.name(source), UnattributedOrganisation.description(source), null, null,
                        source, key, now, now}
                : new Object[] {id, o.name(), o.description(), o.email(), o.website(), source, key, now, now});
        return key;
    }

    /** Remembers the location under its key. */
    void location(String key, ListingContent.Location location) {
        locations.putIfAbsent(key, location);
    }

    /** Upserts everything remembered; returns the stored ids by key, organisations first. */
    Ids write(JdbcOperations jdbc) {
        SqlBatch orgs = new SqlBatch(UPSERT_ORGANISATION);
        organisations.values().forEach(orgs::add);
        orgs.run(jdbc);
        SqlBatch places = new SqlBatch(UPSERT_LOCATION);
        for (Map.Entry<String, ListingContent.Location> entry : locations.entrySet()) {
            places.add(Sql.row(new Object[] {ImportKeys.derive(source, "location", entry.getKey())},
                    ListingTables.location(entry.getValue()), new Object[] {source, entry.getKey(), now, now}));
        }
        places.run(jdbc);
        Ids ids = new Ids(ids(jdbc, "organisation", organisations.keySet()), ids(jdbc, "location", locations.keySet()));
        writeAccessibility(jdbc, ids.locations());
        return ids;
    }

    private void writeAccessibility(JdbcOperations jdbc, Map<String, UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return;
        }
        SqlBatch.deleteWhereIn(jdbc, "accessibility", "location_id", locationIds.values());
        SqlBatch access = new SqlBatch(ListingTables.INSERT_ACCESSIBILITY);
        for (Map.Entry<String, ListingContent.Location> entry : locations.entrySet()) {
            ListingTables.accessibility(access, locationIds.get(entry.getKey()), entry.getValue());
        }
        access.run(jdbc);
    }

    private Map<String, UUID> ids(JdbcOperations jdbc, String table, java.util.Set<String> keys) {
        Map<String, UUID> ids = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.prepareStatement("SELECT id, source_id FROM " + table + " WHERE source = ? AND source_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", statement -> {
                        statement.setString(1, source);
                        for (int i = 0; i < chunk.size(); i++) {
                            statement.setString(i + 2, chunk.get(i));
                        }
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                ids.put(rs.getString("source_id"), UUID.fromString(rs.getString("id")));
                            }
                        }
                        return null;
                    });
        }
        return ids;
    }

    record Ids(Map<String, UUID> organisations, Map<String, UUID> locations) {
    }
}
