package org.signpost.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.ScheduleWording;

/** What the indexer makes of a listing's rows: the documents, field by field. */
@MicronautTest(startApplication = false, transactional = false)
class JdbcSearchDocumentsTest {

    @Inject
    JdbcSearchDocuments source;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aListingAtAPlaceBecomesOneDocumentPerLocatedPlaceWithItsNeedsExpandedAndItsSessions() {
        UUID parent = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        UUID hall = UUID.randomUUID();
        UUID hallAtService = UUID.randomUUID();
        UUID unlocated = UUID.randomUUID();
        write(() -> {
            UUID taxonomy = UUID.randomUUID();
            update("INSERT INTO taxonomy (id, name) VALUES (?, ?)", taxonomy, "Needs " + suffix);
            update("INSERT INTO taxonomy_term (id, taxonomy_id, code, name, parent_id, keywords) VALUES (?, ?, ?, ?, NULL, ?)",
                    parent, taxonomy, "loneliness-" + suffix, "Loneliness", "[\"lonely\", \"isolated\"]");
            update("INSERT INTO taxonomy_term (id, taxonomy_id, code, name, parent_id, keywords) VALUES (?, ?, ?, ?, ?, ?)",
                    child, taxonomy, "loneliness-befriending-" + suffix, "Befriending", parent, "[\"friends\"]");
            UUID organisation = organisation("Greasbrough Good Neighbours " + suffix);
            service(service, organisation, "Greasbrough Befriending", "verified", "active");
            update("INSERT INTO location (id, name, latitude, longitude, city, postal_code, created_at, updated_at)"
                    + " VALUES (?, 'Greasbrough Library', 53.4520, -1.3590, 'Rotherham', ' s61 4rb', ?, ?)", hall, now(), now());
            update("INSERT INTO accessibility (id, location_id, code) VALUES (?, ?, 'wheelchair_access')", UUID.randomUUID(), hall);
            // a feed's free-text entry (council feeds have no codes): described, not filterable
            update("INSERT INTO accessibility (id, location_id, description, sort_order) VALUES (?, ?, 'Hearing loop at reception', 1)",
                    UUID.randomUUID(), hall);
            update("INSERT INTO service_at_location (id, service_id, location_id, sort_order) VALUES (?, ?, ?, 0)",
                    hallAtService, service, hall);
            UUID phone = UUID.randomUUID();
            update("INSERT INTO location (id, name, created_at, updated_at) VALUES (?, 'By phone', ?, ?)", phone, now(), now());
            update("INSERT INTO service_at_location (id, service_id, location_id, sort_order) VALUES (?, ?, ?, 1)",
                    unlocated, service, phone);
            update("INSERT INTO schedule (id, service_id, service_at_location_id, freq, interval_count, byday, opens_at, closes_at,"
                    + " sort_order) VALUES (?, ?, ?, 'MONTHLY', 1, '2TU', '10:00', '11:30', 0)", UUID.randomUUID(), service, hallAtService);
            update("INSERT INTO schedule (id, service_id, freq, byday, opens_at, closes_at, valid_to, description, sort_order)"
                    + " VALUES (?, ?, 'WEEKLY', 'FR', '14:00', '15:00', '2027-03-31', 'Friday drop-in', 1)", UUID.randomUUID(), service);
            update("INSERT INTO cost_option (id, service_id, amount) VALUES (?, ?, 2.50)", UUID.randomUUID(), service);
            update("INSERT INTO service_language (id, service_id, name, code, sort_order) VALUES (?, ?, 'Urdu', 'ur', 0)",
                    UUID.randomUUID(), service);
            update("INSERT INTO service_language (id, service_id, name, sort_order) VALUES (?, ?, 'British Sign Language', 1)",
                    UUID.randomUUID(), service);
            update("INSERT INTO service_taxonomy_term (service_id, term_id) VALUES (?, ?)", service, child);
        });

        ServiceDocuments loaded = source.load(List.of(service)).get(service);

        assertThat(loaded.version()).isEqualTo(3);
        assertThat(loaded.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.docId()).isEqualTo(service + ":" + hallAtService);
            assertThat(doc.serviceAtLocationId()).isEqualTo(hallAtService.toString());
            assertThat(doc.locationId()).isEqualTo(hall.toString());
            assertThat(doc.organisationName()).isEqualTo("Greasbrough Good Neighbours " + suffix);
            assertThat(doc.needDirectCodes()).containsExactly("loneliness-befriending-" + suffix);
            assertThat(doc.needCodes()).containsExactly("loneliness-befriending-" + suffix, "loneliness-" + suffix);
            assertThat(doc.needText()).containsExactly("Befriending", "friends", "Loneliness", "lonely", "isolated");
            assertThat(doc.located()).isTrue();
            assertThat(doc.location()).isEqualTo(new ServiceDocument.Point(53.452, -1.359));
            assertThat(doc.locationName()).isEqualTo("Greasbrough Library");
            assertThat(doc.postcode()).isEqualTo("S61 4RB");
            assertThat(doc.outcode()).isEqualTo("S61");
            assertThat(doc.town()).isEqualTo("Rotherham");
            assertThat(doc.accessibility()).containsExactly("wheelchair_access");
            assertThat(doc.areaOutcodes()).isNull();
            assertThat(doc.free()).isFalse();
            assertThat(doc.deliveryModes()).containsExactly("in_person");
            assertThat(doc.referralRoute()).isEqualTo("both");
            assertThat(doc.status()).isEqualTo("active");
            assertThat(doc.languages()).containsExactly("ur", "British Sign Language");
            assertThat(doc.sessions()).containsExactly(
                    new ServiceDocument.Session("TU", 2, 1, null, 600, 690, null, null),
                    new ServiceDocument.Session("FR", null, 1, null, 840, 900, null, LocalDate.of(2027, 3, 31)));
            assertThat(doc.scheduleText()).isEqualTo(ScheduleWording.of("MONTHLY", 1, "2TU", null, LocalTime.of(10, 0),
                    LocalTime.of(11, 30)) + "; Friday drop-in");
            assertThat(doc.suggest().input()).containsExactly("Greasbrough Befriending");
            assertThat(doc.version()).isEqualTo(3L);
        });
    }

    @Test
    void aListingWithNoPlaceIsOneDocumentCarryingTheDistrictsItsAreasName() {
        UUID service = UUID.randomUUID();
        write(() -> {
            service(service, organisation("Rotherham Carers " + suffix), "Carers' phone line", "verified", "active");
            update("INSERT INTO service_area (id, service_id, name, description) VALUES (?, ?, 'S60, S61 and S65', NULL)",
                    UUID.randomUUID(), service);
        });

        assertThat(source.load(List.of(service)).get(service).documents()).singleElement().satisfies(doc -> {
            assertThat(doc.docId()).isEqualTo(service.toString());
            assertThat(doc.located()).isFalse();
            assertThat(doc.location()).isNull();
            assertThat(doc.areaOutcodes()).containsExactly("S60", "S61", "S65");
            assertThat(doc.free()).as("no cost option: free").isTrue();
        });
    }

    @Test
    void aDraftOrDefunctListingHasNoDocumentsAndAMissingOneIsAbsent() {
        UUID draft = UUID.randomUUID();
        UUID defunct = UUID.randomUUID();
        UUID missing = UUID.randomUUID();
        write(() -> {
            service(draft, organisation("Wickersley Draft " + suffix), "Not yet checked", "draft", "active");
            service(defunct, organisation("Wickersley Gone " + suffix), "Closed for good", "verified", "defunct");
        });

        Map<UUID, ServiceDocuments> loaded = source.load(List.of(draft, defunct, missing));

        assertThat(loaded.get(draft).documents()).isEmpty();
        assertThat(loaded.get(defunct).documents()).isEmpty();
        assertThat(loaded).doesNotContainKey(missing);
    }

    private void service(UUID id, UUID organisation, String name, String verification, String status) {
        update("INSERT INTO service (id, organisation_id, name, status, delivery_modes, referral_route, verification, assured_date,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, '[\"in_person\"]', 'both', ?, ?, 3, ?, ?)",
                id, organisation, name, status, verification, java.sql.Date.valueOf(LocalDate.now()), now(), now());
    }

    private UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)", id, name, now(), now());
        return id;
    }

    private void write(Runnable rows) {
        transactions.executeWrite(status -> {
            rows.run();
            return null;
        });
    }

    private void update(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                statement.setObject(i + 1, value instanceof UUID ? value.toString() : value);
            }
            return statement.executeUpdate();
        });
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
