package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ListingContents;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.jdbc.Sql;
import org.signpost.platform.jdbc.SqlBatch;

/**
 * Writes everything a listing owns, one listing at a time, through {@link ListingTables} (the code an
 * import writes its batches through): the owned rows are replaced whole, keeping the ids the content
 * carries. Locations are changed with care, because an imported location may be shared by several
 * services, even of other organisations: a shared location is never edited in place (the listing
 * gets its own copy), and a location is deleted only when no service is left at it.
 */
@Singleton
class JdbcListingParts {

    private final Sql sql;
    private final JdbcOperations jdbc;

    JdbcListingParts(Sql sql, JdbcOperations jdbc) {
        this.sql = sql;
        this.jdbc = jdbc;
    }

    /**
     * @param current the listing as it is before this write, or null for a new one
     */
    void write(ServiceListing current, UUID serviceId, ListingContent next, Instant now) {
        Map<UUID, ListingTables.Place> placeOf = locations(current, next.organisationId(), next.locations(), now);
        ListingTables.deleteOwned(jdbc, List.of(serviceId));
        ListingTables tables = new ListingTables();
        tables.add(serviceId, next, placeOf);
        tables.write(jdbc);
        if (current == null) {
            return;
        }
        Set<UUID> reached = new HashSet<>();
        placeOf.values().forEach(p -> reached.add(p.locationId()));
        for (ServiceListing.Place place : current.places()) {
            if (!reached.contains(place.locationId())) {
                sql.update("DELETE FROM location WHERE id = ? AND NOT EXISTS (SELECT 1 FROM service_at_location WHERE location_id = ?)",
                        place.locationId(), place.locationId());
            }
        }
    }

    /**
     * Writes the locations themselves; returns, for each location id in the content, how the listing reaches it: the
     * service_at_location it had (or a new one) and the stored location (its own, a new one, or a copy of a shared one).
     */
    private Map<UUID, ListingTables.Place> locations(ServiceListing current, UUID organisationId, List<ListingContent.Location> wanted,
            Instant now) {
        Map<UUID, ServiceListing.Place> places = new HashMap<>();
        Map<UUID, ListingContent.Location> stored = new HashMap<>();
        if (current != null) {
            current.places().forEach(p -> places.put(p.locationId(), p));
            ListingContents.of(current).locations().forEach(l -> stored.put(l.id(), l));
        }
        Set<UUID> shared = shared(places.keySet());
        Map<UUID, ListingTables.Place> placeOf = new HashMap<>();
        for (ListingContent.Location location : wanted) {
            ServiceListing.Place place = places.get(location.id());
            if (place == null) {
                UUID id = exists(location.id()) ? UUID.randomUUID() : location.id();
                insertLocation(id, organisationId, location, now);
                placeOf.put(location.id(), new ListingTables.Place(UUID.randomUUID(), id));
                continue;
            }
            UUID locationId = place.locationId();
            if (stored.get(location.id()).withoutIds().equals(location.withoutIds())) {
                // unchanged: nothing to write
            } else if (!shared.contains(location.id())) {
                updateLocation(location, now);
            } else {
                locationId = UUID.randomUUID();
                insertLocation(locationId, organisationId, location, now);
            }
            placeOf.put(location.id(), new ListingTables.Place(place.serviceAtLocationId(), locationId));
        }
        return placeOf;
    }

    private Set<UUID> shared(Set<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.list("SELECT location_id FROM service_at_location WHERE location_id IN (" + Sql.placeholders(locationIds)
                + ") GROUP BY location_id HAVING COUNT(*) > 1", rs -> Sql.uuid(rs, "location_id"), locationIds.toArray()));
    }

    private boolean exists(UUID locationId) {
        return sql.count("SELECT COUNT(*) FROM location WHERE id = ?", locationId) > 0;
    }

    private void insertLocation(UUID id, UUID organisationId, ListingContent.Location l, Instant now) {
        Object[] values = Sql.row(new Object[] {id, organisationId}, ListingTables.location(l), new Object[] {now, now});
        sql.update("INSERT INTO location (id, organisation_id, " + ListingTables.LOCATION_COLUMNS + ", created_at, updated_at)"
                + " VALUES (" + Sql.placeholders(values.length) + ")", values);
        accessibility(id, l);
    }

    private void updateLocation(ListingContent.Location l, Instant now) {
        Object[] values = Sql.row(ListingTables.location(l), new Object[] {now, l.id()});
        sql.update("UPDATE location SET " + ListingTables.LOCATION_ASSIGNMENTS + ", version = version + 1, updated_at = ?"
                + " WHERE id = ?", values);
        sql.update("DELETE FROM accessibility WHERE location_id = ?", l.id());
        accessibility(l.id(), l);
    }

    private void accessibility(UUID locationId, ListingContent.Location l) {
        SqlBatch rows = new SqlBatch(ListingTables.INSERT_ACCESSIBILITY);
        ListingTables.accessibility(rows, locationId, l);
        rows.run(jdbc);
    }
}
