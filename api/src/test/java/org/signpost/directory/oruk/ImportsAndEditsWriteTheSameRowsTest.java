package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.directory.application.ListingStore;
import org.signpost.directory.application.OrukImport;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ListingContents;
import org.signpost.directory.model.ServiceListing;

/**
 * An import and an edit write a listing through the same code: a listing imported from a feed,
 * read back as the edit model and written back unchanged through the edit path, leaves every row
 * it owns (and its locations and their accessibility) exactly as the import wrote them, ids and
 * all; and the same content written as a new listing gives the same rows but for ids and keys.
 */
@MicronautTest(transactional = false)
class ImportsAndEditsWriteTheSameRowsTest {

    /** Keys and ownership, which differ between two listings with the same content (and nothing else may). */
    private static final Set<String> KEYS = Set.of("id", "service_id", "location_id", "organisation_id", "source", "source_id",
            "version", "created_at", "updated_at");

    @Inject
    OrukImport imports;

    @Inject
    ServiceListings listings;

    @Inject
    ListingStore store;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    DirectorySql sql;

    @Test
    void anImportedListingWrittenBackUnchangedByAnEditKeepsEveryRow() {
        String source = "same-rows-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = new TestFeed();
        ObjectNode service = feed.service("Monday craft circle", LocalDate.now().minusDays(3));
        TestFeed.schedule(TestFeed.at(service, 53.4302, -1.3568, "S60 1AA"), "WEEKLY", "MO", "10:00", "12:00");
        TestFeed.cost(service, "Materials", 2);
        TestFeed.contact(service, "Ann", "01709 000001");
        TestFeed.term(service, "sp-befriending");
        UUID id = load(feed, source);
        Map<String, List<Map<String, String>>> imported = rows(id);

        writeBackUnchanged(id);

        assertThat(rows(id)).isEqualTo(imported);
        assertThat(imported.get("schedule")).hasSize(1);
        assertThat(imported.get("accessibility")).hasSize(1);
    }

    @Test
    void aListingWithEveryKindOfPartIsReproducedByTheEditPath() {
        String source = "every-part-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = new TestFeed();
        ObjectNode service = feed.service("Wednesday wellbeing cafe", LocalDate.now().minusDays(3));
        ObjectNode hall = TestFeed.at(service, 53.4302, -1.3568, "S60 1AA");
        ((ObjectNode) hall.get("location")).withArray("accessibility").addObject().put("description", "Hearing loop")
                .put("details", "Main room");
        TestFeed.schedule(hall, "WEEKLY", "WE", "10:00", "12:00");
        TestFeed.schedule(hall, "MONTHLY", "1FR", "14:00", "15:30");
        ObjectNode library = TestFeed.at(service, 53.4310, -1.3500, "S65 1JH");
        TestFeed.schedule(library, "WEEKLY", "TH", "13:00", "14:00");
        ObjectNode online = service.withArray("service_at_locations").addObject();
        online.putObject("location").put("id", UUID.randomUUID().toString()).put("name", "Online").put("location_type", "virtual");
        TestFeed.schedule(online, "WEEKLY", "SA", "09:00", "09:30");
        TestFeed.schedule(service, "WEEKLY", "SU", "18:00", "19:00");
        service.withArray("cost_options").addObject().put("option", "Suggested donation").put("amount", 1.5)
                .put("amount_description", "Pay what you can");
        TestFeed.cost(service, "Lunch", 3);
        ObjectNode contact = service.withArray("contacts").addObject().put("name", "Bea").put("title", "Organiser")
                .put("email", "bea@example.org");
        contact.withArray("phones").addObject().put("number", "01709 000002");
        contact.withArray("phones").addObject().put("number", "07700 900003");
        TestFeed.contact(service, "Cal", "01709 000004");
        service.withArray("languages").addObject().put("name", "English").put("code", "en");
        service.withArray("languages").addObject().put("code", "pl");
        TestFeed.term(service, "sp-befriending");
        TestFeed.term(service, "sp-music-singing");
        service.withArray("service_areas").addObject().put("name", "Rotherham").put("service_area", "The borough of Rotherham");
        service.withArray("service_areas").addObject().put("name", "Sheffield");
        // another service of the feed meets at the same hall: the location is shared
        ObjectNode neighbour = feed.service("Wednesday chess club", LocalDate.now().minusDays(3));
        neighbour.withArray("service_at_locations").addObject().set("location", hall.get("location").deepCopy());
        UUID id = load(feed, source, service);
        Map<String, List<Map<String, String>>> imported = rows(id);

        assertThat(imported.get("service_at_location")).hasSize(2);
        assertThat(imported.get("schedule")).extracting(r -> r.get("service_at_location_id") == null)
                .containsExactly(false, false, false, true, true);
        assertThat(imported.get("cost_option")).extracting(r -> r.get("currency")).containsExactly("GBP", "GBP");
        assertThat(imported.get("contact")).extracting(r -> r.get("phone") + " " + r.get("email") + " " + r.get("public"))
                .containsExactly("01709 000002 bea@example.org 1", "07700 900003 null 1", "01709 000004 null 1");
        assertThat(imported.get("service_language")).extracting(r -> r.get("name")).containsExactly("English", "pl");
        assertThat(imported.get("service_taxonomy_term")).hasSize(2);
        assertThat(imported.get("service_area")).extracting(r -> r.get("name")).containsExactly("Rotherham", "Sheffield");
        assertThat(imported.get("accessibility")).hasSize(3);
        UUID hallId = UUID.fromString(imported.get("location").get(0).get("id"));
        assertThat(sql.count("SELECT COUNT(*) FROM service_at_location WHERE location_id = ?", hallId.toString())).isEqualTo(2);

        writeBackUnchanged(id);

        assertThat(rows(id)).isEqualTo(imported);

        UUID copy = UUID.randomUUID();
        transactions.executeWrite(status -> {
            store.insert(copy, withoutPartIds(ListingContents.of(listing(id))), Instant.now(), LocalDate.now());
            return null;
        });

        assertThat(withoutKeys(rows(copy))).isEqualTo(withoutKeys(imported));
        assertThat(sql.count("SELECT COUNT(*) FROM service_at_location WHERE location_id = ?", hallId.toString()))
                .as("a new listing at a shared location gets its own copy").isEqualTo(2);
    }

    private UUID load(TestFeed feed, String source) {
        imports.importFeed(() -> new ByteArrayInputStream(feed.bytes()), OrukImport.Options.standard(source, true, null));
        return UUID.fromString(sql.one("SELECT id FROM service WHERE source = ?", source));
    }

    private UUID load(TestFeed feed, String source, ObjectNode service) {
        imports.importFeed(() -> new ByteArrayInputStream(feed.bytes()), OrukImport.Options.standard(source, true, null));
        return UUID.fromString(sql.one("SELECT id FROM service WHERE source = ? AND source_id = ?", source,
                service.get("id").asText()));
    }

    private ServiceListing listing(UUID id) {
        return transactions.executeRead(status -> listings.load(List.of(id)).get(0));
    }

    private void writeBackUnchanged(UUID id) {
        boolean written = transactions.executeWrite(status -> {
            ServiceListing current = listings.load(List.of(id)).get(0);
            return store.update(current, ListingContents.of(current), Instant.now());
        });
        assertThat(written).isTrue();
    }

    /** The content as a new listing's: no part ids (locations keep theirs, which exist, so the store copies them). */
    private static ListingContent withoutPartIds(ListingContent c) {
        return new ListingContent(c.organisationId(), c.name(), c.description(), c.url(), c.email(), c.status(), c.alert(),
                c.feesDescription(), c.minimumAge(), c.maximumAge(), c.eligibilityDescription(), c.deliveryModes(),
                c.referralRoute(), c.capacity(), c.locations(),
                c.schedules().stream().map(s -> new ListingContent.Schedule(null, s.locationId(), s.freq(), s.interval(), s.byday(),
                        s.bymonthday(), s.dtstart(), s.validFrom(), s.validTo(), s.opensAt(), s.closesAt(), s.description(),
                        s.attendingType())).toList(),
                c.costOptions().stream().map(o -> new ListingContent.Cost(null, o.option(), o.amount(), o.amountDescription(),
                        o.currency())).toList(),
                c.contacts().stream().map(o -> new ListingContent.Contact(null, o.name(), o.title(), o.email(), o.phone(),
                        o.isPublic())).toList(),
                c.languages().stream().map(o -> new ListingContent.Language(null, o.name(), o.code())).toList(), c.terms(),
                c.serviceAreas().stream().map(a -> new ListingContent.Area(null, a.name(), a.description())).toList());
    }

    /**
     * Every row the listing owns, its locations and their accessibility, all columns, in their stored order. A schedule's
     * service_at_location_id is also given as the place's position, so that two listings can be compared without ids.
     */
    private Map<String, List<Map<String, String>>> rows(UUID id) {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        String sid = id.toString();
        rows.put("service_at_location", select("SELECT * FROM service_at_location WHERE service_id = ? ORDER BY sort_order", sid));
        rows.put("location", select("SELECT l.* FROM location l JOIN service_at_location sal ON sal.location_id = l.id"
                + " WHERE sal.service_id = ? ORDER BY sal.sort_order", sid));
        rows.put("accessibility", select("SELECT a.* FROM accessibility a JOIN service_at_location sal ON sal.location_id = a.location_id"
                + " WHERE sal.service_id = ? ORDER BY sal.sort_order, a.sort_order", sid));
        rows.put("schedule", select("SELECT s.*, sal.sort_order AS place FROM schedule s LEFT JOIN service_at_location sal"
                + " ON sal.id = s.service_at_location_id WHERE s.service_id = ? ORDER BY s.sort_order", sid));
        for (String table : List.of("cost_option", "contact", "service_language", "service_area")) {
            rows.put(table, select("SELECT * FROM " + table + " WHERE service_id = ? ORDER BY sort_order", sid));
        }
        rows.put("service_taxonomy_term", select("SELECT * FROM service_taxonomy_term WHERE service_id = ? ORDER BY term_id", sid));
        return rows;
    }

    private static Map<String, List<Map<String, String>>> withoutKeys(Map<String, List<Map<String, String>>> rows) {
        Map<String, List<Map<String, String>>> stripped = new LinkedHashMap<>();
        rows.forEach((table, list) -> stripped.put(table, list.stream().map(row -> {
            Map<String, String> kept = new LinkedHashMap<>(row);
            kept.keySet().removeAll(KEYS);
            kept.remove("service_at_location_id");
            return kept;
        }).toList()));
        return stripped;
    }

    private List<Map<String, String>> select(String query, String serviceId) {
        return transactions.executeRead(status -> jdbc.prepareStatement(query, statement -> {
            statement.setString(1, serviceId);
            List<Map<String, String>> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getString(i));
                    }
                    found.add(row);
                }
            }
            return found;
        }));
    }
}
