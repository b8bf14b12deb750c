package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
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

/**
 * Writes everything a listing owns. Sessions, costs, contacts, languages and terms are replaced
 * whole (keeping the ids the content carries). Locations are changed with care, because an
 * imported location may be shared by several services, even of other organisations: a shared
 * location is never edited in place (the listing gets its own copy), and a location is deleted
 * only when no service is left at it.
 */
@Singleton
class JdbcListingParts {

    private final Sql sql;

    JdbcListingParts(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param current the listing as it is before this write, or null for a new one
     */
    void write(ServiceListing current, UUID serviceId, ListingContent next, Instant now) {
        UUID organisationId = next.organisationId();
        sql.update("DELETE FROM schedule WHERE service_id = ?", serviceId);
        Map<UUID, UUID> salOfLocation = locations(current, serviceId, organisationId, next.locations(), now);
        List<Object[]> rows = new ArrayList<>();
        int order = 0;
        for (ListingContent.Schedule s : next.schedules()) {
            rows.add(new Object[] {id(s.id()), serviceId, s.locationId() == null ? null : salOfLocation.get(s.locationId()), s.freq(),
                    s.interval(), s.byday(), s.bymonthday(), s.dtstart(), s.validFrom(), s.validTo(), s.opensAt(), s.closesAt(),
                    s.description(), s.attendingType(), order++});
        }
        sql.batch("INSERT INTO schedule (id, service_id, service_at_location_id, freq, interval_count, byday, bymonthday, dtstart,"
                + " valid_from, valid_to, opens_at, closes_at, description, attending_type, sort_order)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        replace("cost_option", "(id, service_id, option_label, amount, amount_description, currency, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
                serviceId, next.costOptions().stream()
                        .map(c -> new Object[] {id(c.id()), serviceId, c.option(), c.amount(), c.amountDescription(), c.currency()}).toList());
        replace("contact", "(id, service_id, name, title, email, phone, public, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                serviceId, next.contacts().stream()
                        .map(c -> new Object[] {id(c.id()), serviceId, c.name(), c.title(), c.email(), c.phone(), c.isPublic()}).toList());
        replace("service_language", "(id, service_id, name, code, sort_order) VALUES (?, ?, ?, ?, ?)", serviceId,
                next.languages().stream().map(l -> new Object[] {id(l.id()), serviceId, l.name(), l.code()}).toList());
        sql.update("DELETE FROM service_taxonomy_term WHERE service_id = ?", serviceId);
        sql.batch("INSERT INTO service_taxonomy_term (service_id, term_id) VALUES (?, ?)",
                next.terms().stream().map(t -> new Object[] {serviceId, t.id()}).toList());
    }

    /** Deletes a table's rows of the service and inserts these, each with its position appended. */
    private void replace(String table, String insert, UUID serviceId, List<Object[]> rows) {
        sql.update("DELETE FROM " + table + " WHERE service_id = ?", serviceId);
        List<Object[]> ordered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = java.util.Arrays.copyOf(rows.get(i), rows.get(i).length + 1);
            row[row.length - 1] = i;
            ordered.add(row);
        }
        sql.batch("INSERT INTO " + table + " " + insert, ordered);
    }

    /** Writes the locations; returns, for each location id in the content, the service_at_location it is reached through. */
    private Map<UUID, UUID> locations(ServiceListing current, UUID serviceId, UUID organisationId, List<ListingContent.Location> wanted,
            Instant now) {
        Map<UUID, ServiceListing.Place> places = new HashMap<>();
        Map<UUID, ListingContent.Location> stored = new HashMap<>();
        if (current != null) {
            current.places().forEach(p -> places.put(p.locationId(), p));
            ListingContents.of(current).locations().forEach(l -> stored.put(l.id(), l));
        }
        Set<UUID> shared = shared(places.keySet());
        Map<UUID, UUID> salOf = new HashMap<>();
        Set<UUID> keptSal = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            ListingContent.Location location = wanted.get(i);
            ServiceListing.Place place = places.get(location.id());
            if (place == null) {
                UUID id = exists(location.id()) ? UUID.randomUUID() : location.id();
                insertLocation(id, organisationId, location, now);
                UUID sal = UUID.randomUUID();
                sql.update("INSERT INTO service_at_location (id, service_id, location_id, sort_order) VALUES (?, ?, ?, ?)",
                        sal, serviceId, id, i);
                salOf.put(location.id(), sal);
                continue;
            }
            keptSal.add(place.serviceAtLocationId());
            salOf.put(location.id(), place.serviceAtLocationId());
            boolean same = stored.get(location.id()).withoutIds().equals(location.withoutIds());
            if (same) {
                sql.update("UPDATE service_at_location SET sort_order = ? WHERE id = ?", i, place.serviceAtLocationId());
            } else if (!shared.contains(location.id())) {
                updateLocation(location, now);
                sql.update("UPDATE service_at_location SET sort_order = ? WHERE id = ?", i, place.serviceAtLocationId());
            } else {
                UUID copy = UUID.randomUUID();
                insertLocation(copy, organisationId, location, now);
                sql.update("UPDATE service_at_location SET location_id = ?, sort_order = ? WHERE id = ?", copy, i,
                        place.serviceAtLocationId());
            }
        }
        for (ServiceListing.Place place : places.values()) {
            if (!keptSal.contains(place.serviceAtLocationId())) {
                sql.update("DELETE FROM service_at_location WHERE id = ?", place.serviceAtLocationId());
                sql.update("DELETE FROM location WHERE id = ? AND NOT EXISTS (SELECT 1 FROM service_at_location WHERE location_id = ?)",
                        place.locationId(), place.locationId());
            }
        }
        return salOf;
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
        sql.update("INSERT INTO location (id, organisation_id, location_type, name, description, latitude, longitude, address_1,"
                + " address_2, city, region, postal_code, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, organisationId, l.locationType(), l.name(), l.description(), l.latitude(), l.longitude(), l.address1(),
                l.address2(), l.city(), l.region(), l.postalCode(), l.country(), now, now);
        accessibility(id, l);
    }

    private void updateLocation(ListingContent.Location l, Instant now) {
        sql.update("UPDATE location SET location_type = ?, name = ?, description = ?, latitude = ?, longitude = ?, address_1 = ?,"
                + " address_2 = ?, city = ?, region = ?, postal_code = ?, country = ?, version = version + 1, updated_at = ? WHERE id = ?",
                l.locationType(), l.name(), l.description(), l.latitude(), l.longitude(), l.address1(), l.address2(), l.city(),
                l.region(), l.postalCode(), l.country(), now, l.id());
        sql.update("DELETE FROM accessibility WHERE location_id = ?", l.id());
        accessibility(l.id(), l);
    }

    private void accessibility(UUID locationId, ListingContent.Location l) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < l.accessibility().size(); i++) {
            ListingContent.Access a = l.accessibility().get(i);
            // always new ids: an entry may have moved from another location that still holds its old id
            rows.add(new Object[] {UUID.randomUUID(), locationId, a.code(), a.description(), a.details(), a.url(), i});
        }
        sql.batch("INSERT INTO accessibility (id, location_id, code, description, details, url, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private static UUID id(UUID given) {
        return given == null ? UUID.randomUUID() : given;
    }
}
