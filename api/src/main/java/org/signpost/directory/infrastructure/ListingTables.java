package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.directory.model.ListingContent;
import org.signpost.platform.jdbc.Sql;
import org.signpost.platform.jdbc.SqlBatch;

/**
 * The one place a listing becomes rows: every route that writes a listing (an ORUK import, the seed
 * directory and the synthetic directory, which are imports, and an editor's create, edit or restore)
 * turns a {@link ListingContent} into the rows of the tables a service owns here, and its locations
 * into location and accessibility column values here. The import adds rows for many listings and
 * sends one JDBC batch per table; an edit does the same for one listing.
 *
 * <p>The one model is {@link ListingContent}, the edit model: it already says everything a listing
 * owns, typed and checked, with the ids of its parts. An import converts each feed record into it
 * ({@link ImportedContent}, which derives the ids with {@link ImportKeys} so that re-importing gives
 * the same ids); an edit carries the ids the listing's parts already have. Going the other way (edits
 * into {@code ImportedService}) would drag the feed's shape (phones inside contacts, schedules inside
 * locations, unlocated locations) into every edit, and {@code asset-seeds} must stay free of our ids.
 *
 * <p>What is not the same on both routes, on purpose, is how locations are kept: an import upserts a
 * location by (source, source_id), shared by every listing that names it; an edit never changes a
 * shared location in place (it copies it). Both write the same location columns ({@link #location}).
 */
final class ListingTables {

    /** The tables a service owns outright, children before parents for deleting. */
    static final List<String> OWNED = List.of("schedule", "service_at_location", "cost_option", "contact", "service_language",
            "service_taxonomy_term", "service_area");

    /**
     * The service row's content columns both routes write, in the order {@link #serviceRow} gives their values. Each
     * route adds its own: places free (an edit derives them from the referrals holding places, an import takes the
     * feed's and derives them afterwards), verification and versioning, and an import's source and fingerprint.
     */
    static final String SERVICE_COLUMNS = "organisation_id, name, description, url, email, status, fees_description,"
            + " minimum_age, maximum_age, eligibility_description, alert, delivery_modes, referral_route";
    /** One {@code ?} for each of {@link #SERVICE_COLUMNS}, for an INSERT. */
    static final String SERVICE_PLACEHOLDERS = Sql.placeholders(SERVICE_COLUMNS.split(", ").length);
    /** {@link #SERVICE_COLUMNS} as {@code column = ?, ...}, for an UPDATE. */
    static final String SERVICE_ASSIGNMENTS = assignments(SERVICE_COLUMNS, "?");

    /** The location columns both routes write, in the order {@link #location} gives their values. */
    static final String LOCATION_COLUMNS = "location_type, name, description, latitude, longitude, address_1, address_2, city,"
            + " region, postal_code, country";
    /** {@link #LOCATION_COLUMNS} as {@code column = ?, ...}, for an UPDATE. */
    static final String LOCATION_ASSIGNMENTS = assignments(LOCATION_COLUMNS, "?");
    /** {@link #LOCATION_COLUMNS} as {@code column = VALUES(column), ...}, for an upsert. */
    static final String LOCATION_UPSERTS = assignments(LOCATION_COLUMNS, null);
    static final String INSERT_ACCESSIBILITY = "INSERT INTO accessibility (id, location_id, code, description, details, url,"
            + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** How a listing reaches one of its locations: the service_at_location row and the stored location it points at. */
    record Place(UUID id, UUID locationId) {
    }

    private final SqlBatch places = new SqlBatch("INSERT INTO service_at_location (id, service_id, location_id, sort_order)"
            + " VALUES (?, ?, ?, ?)");
    private final SqlBatch schedules = new SqlBatch("INSERT INTO schedule (id, service_id, service_at_location_id, freq,"
            + " interval_count, byday, bymonthday, dtstart, valid_from, valid_to, opens_at, closes_at, description, attending_type,"
            + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final SqlBatch costs = new SqlBatch("INSERT INTO cost_option (id, service_id, option_label, amount, amount_description,"
            + " currency, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)");
    private final SqlBatch contacts = new SqlBatch("INSERT INTO contact (id, service_id, name, title, email, phone, public,"
            + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    private final SqlBatch languages = new SqlBatch("INSERT INTO service_language (id, service_id, name, code, sort_order)"
            + " VALUES (?, ?, ?, ?, ?)");
    private final SqlBatch terms = new SqlBatch("INSERT INTO service_taxonomy_term (service_id, term_id) VALUES (?, ?)");
    private final SqlBatch areas = new SqlBatch("INSERT INTO service_area (id, service_id, name, description, sort_order)"
            + " VALUES (?, ?, ?, ?, ?)");

    /**
     * Adds the owned rows of one listing. A part without an id (new in an edit) gets a new one.
     *
     * @param placeOf for each of the content's location ids, how the listing reaches it; a schedule at a location
     *                not in it is written as the service's own (online or by phone)
     */
    void add(UUID serviceId, ListingContent c, Map<UUID, Place> placeOf) {
        for (int i = 0; i < c.locations().size(); i++) {
            Place place = placeOf.get(c.locations().get(i).id());
            places.add(place.id(), serviceId, place.locationId(), i);
        }
        for (int i = 0; i < c.schedules().size(); i++) {
            ListingContent.Schedule s = c.schedules().get(i);
            Place at = s.locationId() == null ? null : placeOf.get(s.locationId());
            schedules.add(id(s.id()), serviceId, at == null ? null : at.id(), s.freq(), s.interval(), s.byday(), s.bymonthday(),
                    s.dtstart(), s.validFrom(), s.validTo(), s.opensAt(), s.closesAt(), s.description(), s.attendingType(), i);
        }
        for (int i = 0; i < c.costOptions().size(); i++) {
            ListingContent.Cost o = c.costOptions().get(i);
            costs.add(id(o.id()), serviceId, o.option(), o.amount(), o.amountDescription(), o.currency(), i);
        }
        for (int i = 0; i < c.contacts().size(); i++) {
            ListingContent.Contact o = c.contacts().get(i);
            contacts.add(id(o.id()), serviceId, o.name(), o.title(), o.email(), o.phone(), o.isPublic(), i);
        }
        for (int i = 0; i < c.languages().size(); i++) {
            ListingContent.Language o = c.languages().get(i);
            languages.add(id(o.id()), serviceId, o.name(), o.code(), i);
        }
        for (ListingContent.Term t : c.terms()) {
            terms.add(serviceId, t.id());
        }
        for (int i = 0; i < c.serviceAreas().size(); i++) {
            ListingContent.Area a = c.serviceAreas().get(i);
            areas.add(id(a.id()), serviceId, a.name(), a.description(), i);
        }
    }

    /** Sends what was added, one batch per table, parents first. */
    void write(JdbcOperations jdbc) {
        places.run(jdbc);
        schedules.run(jdbc);
        costs.run(jdbc);
        contacts.run(jdbc);
        languages.run(jdbc);
        terms.run(jdbc);
        areas.run(jdbc);
    }

    /** Deletes every row these services own (they are about to be written again). */
    static void deleteOwned(JdbcOperations jdbc, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        for (String table : OWNED) {
            SqlBatch.deleteWhereIn(jdbc, table, "service_id", serviceIds);
        }
    }

    /**
     * The values of {@link #SERVICE_COLUMNS} for this listing (delivery modes as a JSON array, in the enum's order),
     * followed by the values of the columns the route adds after them.
     */
    static Object[] serviceRow(ListingContent c, Object... after) {
        Object[] content = {c.organisationId(), c.name(), c.description(), c.url(), c.email(), c.status().code(),
                c.feesDescription(), c.minimumAge(), c.maximumAge(), c.eligibilityDescription(), c.alert(),
                c.deliveryModes().stream().sorted().map(m -> "\"" + m.code() + "\"").collect(Collectors.joining(",", "[", "]")),
                c.referralRoute().code()};
        return Sql.row(content, after);
    }

    /** The values of {@link #LOCATION_COLUMNS} for this location. */
    static Object[] location(ListingContent.Location l) {
        return new Object[] {l.locationType(), l.name(), l.description(), l.latitude(), l.longitude(), l.address1(), l.address2(),
                l.city(), l.region(), l.postalCode(), l.country()};
    }

    /**
     * Adds the location's accessibility rows to a batch of {@link #INSERT_ACCESSIBILITY}. Ids are derived from the
     * stored location and the position: every writer deletes a location's entries before writing them again, and an
     * entry that moved from another location gets this location's id, not the one it had there.
     */
    static void accessibility(SqlBatch batch, UUID locationId, ListingContent.Location l) {
        for (int i = 0; i < l.accessibility().size(); i++) {
            ListingContent.Access a = l.accessibility().get(i);
            batch.add(ImportKeys.derive(locationId.toString(), "accessibility", String.valueOf(i)), locationId, a.code(),
                    a.description(), a.details(), a.url(), i);
        }
    }

    private static String assignments(String columns, String value) {
        return Arrays.stream(columns.split(", "))
                .map(c -> c + " = " + (value == null ? "VALUES(" + c + ")" : value)).collect(Collectors.joining(", "));
    }

    private static UUID id(UUID given) {
        return given == null ? UUID.randomUUID() : given;
    }
}
