package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.ServiceListing.Accessibility;
import org.signpost.directory.model.ServiceListing.Capacity;
import org.signpost.directory.model.ServiceListing.Contact;
import org.signpost.directory.model.ServiceListing.CostOption;
import org.signpost.directory.model.ServiceListing.Language;
import org.signpost.directory.model.ServiceListing.Organisation;
import org.signpost.directory.model.ServiceListing.Place;
import org.signpost.directory.model.ServiceListing.Schedule;
import org.signpost.directory.model.ServiceListing.TermRef;
import org.signpost.directory.model.Verification;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * {@link ServiceListings} over plain JDBC: one query per owned table, each batched by service id.
 * Owned parts come back in the order their editor gave them ({@code sort_order}, V11).
 */
@Singleton
class JdbcServiceListings implements ServiceListings {

    private static final int BATCH = 500;
    /** The services and their organisations, by id: append the placeholders and ")". */
    private static final String SERVICE_ROWS = "SELECT s.*, o.name AS o_name, o.description AS o_description, o.email AS o_email,"
            + " o.website AS o_website, o.logo AS o_logo FROM service s JOIN organisation o ON o.id = s.organisation_id WHERE s.id IN (";

    private final JdbcOperations jdbc;

    JdbcServiceListings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public List<ServiceListing> load(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(Set.copyOf(ids));
        List<ServiceListing> listings = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += BATCH) {
            listings.addAll(loadBatch(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return listings;
    }

    @Override
    @ReadOnly
    public Optional<ServiceListing> loadWithoutParts(UUID id) {
        List<ServiceListing> found = new ArrayList<>(1);
        query(SERVICE_ROWS + "?)", List.of(id), rs -> found.add(new Row(rs).toListing(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of())));
        return found.stream().findFirst();
    }

    private List<ServiceListing> loadBatch(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Map<UUID, Row> rows = new LinkedHashMap<>();
        query(SERVICE_ROWS + in + ")", ids, rs -> rows.put(uuid(rs, "id"), new Row(rs)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Place>> places = new HashMap<>();
        Map<UUID, List<Accessibility>> access = new HashMap<>();
        query("SELECT * FROM accessibility WHERE location_id IN"
                + " (SELECT location_id FROM service_at_location WHERE service_id IN (" + in + ")) ORDER BY sort_order, id", ids,
                rs -> add(access, uuid(rs, "location_id"), new Accessibility(uuid(rs, "id"), rs.getString("code"),
                        rs.getString("description"), rs.getString("details"), rs.getString("url"))));
        query("SELECT sal.id AS sal_id, sal.service_id, l.* FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
                + " WHERE sal.service_id IN (" + in + ") ORDER BY sal.sort_order, sal.id", ids,
                rs -> add(places, uuid(rs, "service_id"), new Place(uuid(rs, "sal_id"), uuid(rs, "id"),
                        rs.getString("location_type"), rs.getString("name"), rs.getString("description"),
                        rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("address_1"),
                        rs.getString("address_2"), rs.getString("city"), rs.getString("region"), rs.getString("postal_code"),
                        rs.getString("country"), List.copyOf(access.getOrDefault(uuid(rs, "id"), List.of())))));
        Map<UUID, List<Schedule>> schedules = new HashMap<>();
        query("SELECT * FROM schedule WHERE service_id IN (" + in + ") ORDER BY sort_order, id", ids,
                rs -> add(schedules, uuid(rs, "service_id"), new Schedule(uuid(rs, "id"), uuidOrNull(rs, "service_at_location_id"),
                        rs.getString("freq"), (Integer) rs.getObject("interval_count", Integer.class), rs.getString("byday"),
                        rs.getString("bymonthday"), date(rs, "dtstart"), date(rs, "valid_from"), date(rs, "valid_to"),
                        time(rs, "opens_at"), time(rs, "closes_at"), rs.getString("description"), rs.getString("attending_type"))));
        Map<UUID, List<CostOption>> costs = new HashMap<>();
        query("SELECT * FROM cost_option WHERE service_id IN (" + in + ") ORDER BY sort_order, id", ids,
                rs -> add(costs, uuid(rs, "service_id"), new CostOption(uuid(rs, "id"), rs.getString("option_label"),
                        rs.getBigDecimal("amount"), rs.getString("amount_description"), rs.getString("currency"))));
        Map<UUID, List<Contact>> contacts = new HashMap<>();
        query("SELECT * FROM contact WHERE service_id IN (" + in + ") ORDER BY sort_order, id", ids,
                rs -> add(contacts, uuid(rs, "service_id"), new Contact(uuid(rs, "id"), rs.getString("name"), rs.getString("title"),
                        rs.getString("email"), rs.getString("phone"), rs.getBoolean("public"))));
        Map<UUID, List<Language>> languages = new HashMap<>();
        query("SELECT * FROM service_language WHERE service_id IN (" + in + ") ORDER BY sort_order, name", ids,
                rs -> add(languages, uuid(rs, "service_id"), new Language(uuid(rs, "id"), rs.getString("name"), rs.getString("code"))));
        Map<UUID, List<TermRef>> terms = new HashMap<>();
        query("SELECT stt.service_id, t.id, t.code, t.name, t.taxonomy_id FROM service_taxonomy_term stt"
                + " JOIN taxonomy_term t ON t.id = stt.term_id WHERE stt.service_id IN (" + in + ") ORDER BY t.code", ids,
                rs -> add(terms, uuid(rs, "service_id"), new TermRef(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                        uuid(rs, "taxonomy_id"))));
        Map<UUID, List<ServiceListing.ServiceArea>> areas = new HashMap<>();
        query("SELECT * FROM service_area WHERE service_id IN (" + in + ") ORDER BY sort_order, id", ids,
                rs -> add(areas, uuid(rs, "service_id"), new ServiceListing.ServiceArea(uuid(rs, "id"), rs.getString("name"),
                        rs.getString("description"))));
        List<ServiceListing> listings = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> listings.add(row.toListing(
                places.getOrDefault(id, List.of()), schedules.getOrDefault(id, List.of()), costs.getOrDefault(id, List.of()),
                contacts.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()), terms.getOrDefault(id, List.of()),
                areas.getOrDefault(id, List.of()))));
        return listings;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<UUID> ids, RowReader reader) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i).toString());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    private static <T> void add(Map<UUID, List<T>> map, UUID key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return UUID.fromString(rs.getString(column));
    }

    static UUID uuidOrNull(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    /** The service row and its organisation, read while the cursor is on it. */
    private static final class Row {
        private final ServiceListing base;

        Row(ResultSet rs) throws SQLException {
            Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
            String json = rs.getString("delivery_modes");
            for (DeliveryMode mode : DeliveryMode.values()) {
                if (json != null && json.contains("\"" + mode.code() + "\"")) {
                    modes.add(mode);
                }
            }
            Integer available = rs.getObject("capacity_available", Integer.class);
            Integer maximum = rs.getObject("capacity_maximum", Integer.class);
            base = new ServiceListing(uuid(rs, "id"),
                    new Organisation(uuid(rs, "organisation_id"), rs.getString("o_name"), rs.getString("o_description"),
                            rs.getString("o_email"), rs.getString("o_website"), rs.getString("o_logo")),
                    rs.getString("name"), rs.getString("description"), rs.getString("url"), rs.getString("email"),
                    ServiceStatus.fromCode(rs.getString("status")).orElse(ServiceStatus.INACTIVE),
                    rs.getString("fees_description"), rs.getObject("minimum_age", Integer.class),
                    rs.getObject("maximum_age", Integer.class), rs.getString("eligibility_description"), rs.getString("alert"),
                    date(rs, "assured_date"), rs.getString("assurer_email"), modes,
                    ReferralRoute.valueOf(rs.getString("referral_route").toUpperCase(java.util.Locale.ROOT)),
                    available == null && maximum == null ? null : new Capacity(available, maximum, instant(rs, "capacity_updated_at")),
                    Verification.valueOf(rs.getString("verification").toUpperCase(java.util.Locale.ROOT)), instant(rs, "verified_at"),
                    instant(rs, "deleted_at"), rs.getString("source"), rs.getString("source_id"), rs.getLong("version"),
                    instant(rs, "created_at"), instant(rs, "updated_at"),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), instant(rs, "source_modified_at"), List.of());
        }

        ServiceListing toListing(List<Place> places, List<Schedule> schedules, List<CostOption> costs, List<Contact> contacts,
                List<Language> languages, List<TermRef> terms) {
            return toListing(places, schedules, costs, contacts, languages, terms, List.of());
        }

        ServiceListing toListing(List<Place> places, List<Schedule> schedules, List<CostOption> costs, List<Contact> contacts,
                List<Language> languages, List<TermRef> terms, List<ServiceListing.ServiceArea> areas) {
            ServiceListing b = base;
            return new ServiceListing(b.id(), b.organisation(), b.name(), b.description(), b.url(), b.email(), b.status(),
                    b.feesDescription(), b.minimumAge(), b.maximumAge(), b.eligibilityDescription(), b.alert(), b.assuredDate(),
                    b.assurerEmail(), b.deliveryModes(), b.referralRoute(), b.capacity(), b.verification(), b.verifiedAt(),
                    b.deletedAt(), b.source(), b.sourceId(), b.version(), b.createdAt(), b.updatedAt(),
                    List.copyOf(places), List.copyOf(schedules), List.copyOf(costs), List.copyOf(contacts),
                    List.copyOf(languages), List.copyOf(terms), b.sourceModifiedAt(), areas);
        }
    }
}
