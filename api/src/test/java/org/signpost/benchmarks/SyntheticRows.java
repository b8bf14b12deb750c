package org.signpost.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ImportedAccessibility;
import org.signpost.seeds.model.ImportedCostOption;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceLocation;
import org.signpost.seeds.model.TaxonomyTermRef;

/**
 * Writes synthetic services (asset-seeds' generator) straight into the directory tables with
 * batched JDBC inserts, verified and without outbox rows: the benchmark indexes them with a full
 * rebuild. Not the importer (that validates and records history); a fast loader for benchmarks.
 */
final class SyntheticRows {

    private static final int BATCH = 1_000;
    /** Accessibility descriptions the generators use, to the codes search filters on. */
    private static final Map<String, String> ACCESS_CODES = Map.of("step-free access", "step_free", "accessible toilet",
            "accessible_toilet", "hearing loop", "hearing_loop", "parking", "parking", "quiet space", "quiet_room", "quiet room",
            "quiet_room", "lift", "lift", "public transport", "public_transport", "baby changing", "baby_changing");

    private final Connection connection;
    private final Map<String, UUID> termIds;

    SyntheticRows(Connection connection, Map<String, UUID> termIds) {
        this.connection = connection;
        this.termIds = termIds;
    }

    /** Writes every service, committing every {@value #BATCH}; returns how many. */
    long write(Iterator<ImportedService> services) throws SQLException {
        connection.setAutoCommit(false);
        try (var session = connection.createStatement()) {
            // a bulk load of rows known to be consistent: skip the per-row checks, as mysqldump does
            session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        long written = 0;
        try (Statements s = new Statements(connection)) {
            while (services.hasNext()) {
                add(s, services.next());
                written++;
                if (written % BATCH == 0) {
                    s.execute();
                    connection.commit();
                }
            }
            s.execute();
            connection.commit();
        } finally {
            try (var session = connection.createStatement()) {
                session.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            }
        }
        return written;
    }

    private void add(Statements s, ImportedService service) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String serviceId = service.sourceId().toString();
        var org = service.organisation();
        set(s.organisation, org.sourceId().toString(), org.name(), org.description(), now, now);
        s.organisation.addBatch();
        Integer available = service.capacity() == null ? null : service.capacity().available();
        Integer maximum = service.capacity() == null ? null : service.capacity().maximum();
        String modes = service.deliveryModes().stream().map(DeliveryMode::code).map(m -> "\"" + m + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        set(s.service, serviceId, org.sourceId().toString(), service.name(), service.description(), service.status().code(),
                service.minimumAge(), service.maximumAge(), service.assuredDate() == null ? null : Date.valueOf(service.assuredDate()),
                modes, service.referralRoute().code(), available, maximum, now, now, now);
        s.service.addBatch();
        for (ServiceLocation place : service.locations()) {
            var location = place.location();
            String locationId = location.sourceId().toString();
            String city = location.addresses().isEmpty() ? null : location.addresses().get(0).city();
            set(s.location, locationId, location.name(), location.latitude() == null ? null : BigDecimal.valueOf(location.latitude()),
                    location.longitude() == null ? null : BigDecimal.valueOf(location.longitude()), location.postalCode(), city, now, now);
            s.location.addBatch();
            for (ImportedAccessibility access : location.accessibility()) {
                set(s.accessibility, access.sourceId().toString(), locationId,
                        ACCESS_CODES.get(access.description().toLowerCase(Locale.ROOT)), access.description());
                s.accessibility.addBatch();
            }
            String salId = place.sourceId().toString();
            set(s.serviceAtLocation, salId, serviceId, locationId);
            s.serviceAtLocation.addBatch();
            schedules(s, serviceId, salId, place.schedules());
        }
        schedules(s, serviceId, null, service.schedules());
        for (ImportedCostOption cost : service.costOptions()) {
            set(s.cost, cost.sourceId().toString(), serviceId, cost.option(), cost.amount());
            s.cost.addBatch();
        }
        for (TaxonomyTermRef term : service.taxonomyTerms()) {
            UUID termId = term.termId() != null ? term.termId() : termIds.get(term.code());
            if (termId != null) {
                set(s.term, serviceId, termId.toString());
                s.term.addBatch();
            }
        }
    }

    private static void schedules(Statements s, String serviceId, String salId, List<ImportedSchedule> schedules)
            throws SQLException {
        for (ImportedSchedule schedule : schedules) {
            set(s.schedule, schedule.sourceId().toString(), serviceId, salId, schedule.freq() == null ? null : schedule.freq().code(),
                    schedule.interval(), schedule.byday(), schedule.dtstart() == null ? null : Date.valueOf(schedule.dtstart()),
                    schedule.validFrom() == null ? null : Date.valueOf(schedule.validFrom()),
                    schedule.validTo() == null ? null : Date.valueOf(schedule.validTo()),
                    schedule.opensAt() == null ? null : Time.valueOf(schedule.opensAt()),
                    schedule.closesAt() == null ? null : Time.valueOf(schedule.closesAt()), schedule.description());
            s.schedule.addBatch();
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    /** One prepared statement per table, executed together so that foreign keys hold. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement organisation;
        final PreparedStatement service;
        final PreparedStatement location;
        final PreparedStatement accessibility;
        final PreparedStatement serviceAtLocation;
        final PreparedStatement schedule;
        final PreparedStatement cost;
        final PreparedStatement term;

        Statements(Connection c) throws SQLException {
            organisation = c.prepareStatement("INSERT INTO organisation (id, name, description, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id");
            service = c.prepareStatement("INSERT INTO service (id, organisation_id, name, description, status, minimum_age,"
                    + " maximum_age, assured_date, delivery_modes, referral_route, capacity_available, capacity_maximum,"
                    + " verification, verified_at, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'verified', ?, 1, ?, ?)");
            location = c.prepareStatement("INSERT IGNORE INTO location (id, name, latitude, longitude, postal_code, city,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            accessibility = c.prepareStatement("INSERT IGNORE INTO accessibility (id, location_id, code, description)"
                    + " VALUES (?, ?, ?, ?)");
            serviceAtLocation = c.prepareStatement("INSERT IGNORE INTO service_at_location (id, service_id, location_id)"
                    + " VALUES (?, ?, ?)");
            schedule = c.prepareStatement("INSERT IGNORE INTO schedule (id, service_id, service_at_location_id, freq, interval_count,"
                    + " byday, dtstart, valid_from, valid_to, opens_at, closes_at, description)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            cost = c.prepareStatement("INSERT IGNORE INTO cost_option (id, service_id, option_label, amount) VALUES (?, ?, ?, ?)");
            term = c.prepareStatement("INSERT IGNORE INTO service_taxonomy_term (service_id, term_id) VALUES (?, ?)");
        }

        void execute() throws SQLException {
            for (PreparedStatement statement : List.of(organisation, service, location, accessibility, serviceAtLocation, schedule,
                    cost, term)) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(organisation, service, location, accessibility, serviceAtLocation, schedule,
                    cost, term)) {
                statement.close();
            }
        }
    }
}
