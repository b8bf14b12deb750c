package org.signpost.indexer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.indexer.IndexedService.Place;
import org.signpost.indexer.IndexedService.Schedule;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.NeedsTaxonomy;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * The directory in MySQL as the indexer reads it: the columns a search document is made of, one
 * query per table, batched by service id (owned parts in their editor's order, {@code sort_order}),
 * and the needs taxonomy, read whole (it is small) for each batch.
 */
@Singleton
public class JdbcSearchDocuments implements SearchDocumentSource {

    private static final int BATCH = 500;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public JdbcSearchDocuments(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @ReadOnly
    public Map<UUID, ServiceDocuments> load(Collection<UUID> serviceIds) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(serviceIds));
        Map<UUID, ServiceDocuments> documents = new HashMap<>();
        if (all.isEmpty()) {
            return documents;
        }
        NeedsTaxonomy needs = taxonomy();
        for (int from = 0; from < all.size(); from += BATCH) {
            for (IndexedService service : services(all.subList(from, Math.min(all.size(), from + BATCH)))) {
                documents.put(service.id(), new ServiceDocuments(service.id(), service.version(), ListingDocuments.of(service, needs)));
            }
        }
        return documents;
    }

    @Override
    @ReadOnly
    public List<ServiceVersion> page(UUID afterId, int limit) {
        return jdbc.prepareStatement("SELECT id, version FROM service WHERE id > ? ORDER BY id LIMIT ?", statement -> {
            statement.setString(1, afterId == null ? "" : afterId.toString());
            statement.setInt(2, limit);
            List<ServiceVersion> page = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    page.add(new ServiceVersion(UUID.fromString(rs.getString(1)), rs.getLong(2)));
                }
            }
            return page;
        });
    }

    /** The needs taxonomy: every term, its parent and its keywords. */
    NeedsTaxonomy taxonomy() {
        List<NeedsTaxonomy.Term> terms = new ArrayList<>();
        query("SELECT id, code, name, parent_id, keywords FROM taxonomy_term", List.of(), rs -> terms.add(new NeedsTaxonomy.Term(
                uuid(rs, "id"), rs.getString("code"), rs.getString("name"), uuidOrNull(rs, "parent_id"),
                strings(rs.getString("keywords")))));
        return new NeedsTaxonomy(terms);
    }

    private List<IndexedService> services(List<UUID> ids) {
        String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        Map<UUID, IndexedService> rows = new LinkedHashMap<>();
        query("SELECT s.*, o.name AS o_name FROM service s JOIN organisation o ON o.id = s.organisation_id WHERE s.id IN " + in, ids,
                rs -> rows.put(uuid(rs, "id"), service(rs)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> access = new HashMap<>();
        // only coded entries can be filtered on; an import's free-text entries (code NULL) are not in the document
        query("SELECT location_id, code FROM accessibility WHERE code IS NOT NULL AND location_id IN"
                + " (SELECT location_id FROM service_at_location WHERE service_id IN " + in + ") ORDER BY sort_order, id", ids,
                rs -> add(access, uuid(rs, "location_id"), rs.getString("code")));
        Map<UUID, List<Place>> places = new HashMap<>();
        query("SELECT sal.id AS sal_id, sal.service_id, l.id, l.name, l.latitude, l.longitude, l.city, l.postal_code"
                + " FROM service_at_location sal JOIN location l ON l.id = sal.location_id WHERE sal.service_id IN " + in
                + " ORDER BY sal.sort_order, sal.id", ids,
                rs -> add(places, uuid(rs, "service_id"), new Place(uuid(rs, "sal_id"), uuid(rs, "id"), rs.getString("name"),
                        rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("city"), rs.getString("postal_code"),
                        List.copyOf(access.getOrDefault(uuid(rs, "id"), List.of())))));
        Map<UUID, List<Schedule>> schedules = new HashMap<>();
        query("SELECT * FROM schedule WHERE service_id IN " + in + " ORDER BY sort_order, id", ids,
                rs -> add(schedules, uuid(rs, "service_id"), new Schedule(uuidOrNull(rs, "service_at_location_id"), rs.getString("freq"),
                        rs.getObject("interval_count", Integer.class), rs.getString("byday"), rs.getString("bymonthday"),
                        date(rs, "dtstart"), date(rs, "valid_from"), date(rs, "valid_to"), time(rs, "opens_at"), time(rs, "closes_at"),
                        rs.getString("description"))));
        Set<UUID> paid = new LinkedHashSet<>();
        query("SELECT DISTINCT service_id FROM cost_option WHERE service_id IN " + in + " AND amount IS NOT NULL AND amount <> 0", ids,
                rs -> paid.add(uuid(rs, "service_id")));
        Map<UUID, List<String>> languages = new HashMap<>();
        query("SELECT service_id, name, code FROM service_language WHERE service_id IN " + in + " ORDER BY sort_order, name", ids,
                rs -> add(languages, uuid(rs, "service_id"), rs.getString("code") == null ? rs.getString("name") : rs.getString("code")));
        Map<UUID, List<UUID>> termIds = new HashMap<>();
        Map<UUID, List<String>> termCodes = new HashMap<>();
        query("SELECT stt.service_id, t.id, t.code FROM service_taxonomy_term stt JOIN taxonomy_term t ON t.id = stt.term_id"
                + " WHERE stt.service_id IN " + in + " ORDER BY t.code", ids, rs -> {
                    add(termIds, uuid(rs, "service_id"), uuid(rs, "id"));
                    add(termCodes, uuid(rs, "service_id"), rs.getString("code"));
                });
        Map<UUID, List<String>> areas = new HashMap<>();
        query("SELECT service_id, name, description FROM service_area WHERE service_id IN " + in + " ORDER BY sort_order, id", ids,
                rs -> {
                    add(areas, uuid(rs, "service_id"), rs.getString("name"));
                    add(areas, uuid(rs, "service_id"), rs.getString("description"));
                });
        List<IndexedService> services = new ArrayList<>(rows.size());
        rows.forEach((id, s) -> services.add(new IndexedService(s.id(), s.version(), s.deletedAt(), s.verification(), s.status(),
                s.organisationId(), s.organisationName(), s.name(), s.description(), s.assuredDate(), s.minimumAge(), s.maximumAge(),
                s.deliveryModes(), s.referralRoute(), s.capacityAvailable(), s.capacityMaximum(), !paid.contains(id),
                places.getOrDefault(id, List.of()), schedules.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()),
                termIds.getOrDefault(id, List.of()), termCodes.getOrDefault(id, List.of()), areas.getOrDefault(id, List.of()))));
        return services;
    }

    /** The service row and its organisation's name, without its owned parts yet. */
    private static IndexedService service(ResultSet rs) throws SQLException {
        String modes = rs.getString("delivery_modes");
        List<DeliveryMode> deliveryModes = new ArrayList<>();
        for (DeliveryMode mode : DeliveryMode.values()) {
            if (modes != null && modes.contains("\"" + mode.code() + "\"")) {
                deliveryModes.add(mode);
            }
        }
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return new IndexedService(uuid(rs, "id"), rs.getLong("version"), deleted == null ? null : deleted.toInstant(),
                rs.getString("verification"), ServiceStatus.fromCode(rs.getString("status")).orElse(ServiceStatus.INACTIVE),
                uuid(rs, "organisation_id"), rs.getString("o_name"), rs.getString("name"), rs.getString("description"),
                date(rs, "assured_date"), rs.getObject("minimum_age", Integer.class), rs.getObject("maximum_age", Integer.class),
                List.copyOf(deliveryModes), ReferralRoute.valueOf(rs.getString("referral_route").toUpperCase(Locale.ROOT)),
                rs.getObject("capacity_available", Integer.class), rs.getObject("capacity_maximum", Integer.class), true,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<UUID> ids, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
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

    private List<String> strings(String array) {
        try {
            return array == null ? List.of() : json.readValue(array, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void add(Map<UUID, List<T>> map, UUID key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return UUID.fromString(rs.getString(column));
    }

    private static UUID uuidOrNull(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }
}
