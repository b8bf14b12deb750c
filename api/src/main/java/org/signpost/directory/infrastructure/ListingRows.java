package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.platform.jdbc.SqlBatch;
import org.signpost.seeds.model.ImportedContact;
import org.signpost.seeds.model.ImportedCostOption;
import org.signpost.seeds.model.ImportedLanguage;
import org.signpost.seeds.model.ImportedPhone;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceLocation;

/**
 * The rows a listing owns (service_at_location, schedule, cost_option, contact, service_language,
 * service_taxonomy_term), collected for many listings and written as one batch per table. Ids are
 * derived from the service id and the row's position, so re-writing a listing gives the same ids.
 */
final class ListingRows {

    private final SqlBatch places = new SqlBatch("INSERT INTO service_at_location (id, service_id, location_id, sort_order) VALUES (?, ?, ?, ?)");
    private final SqlBatch schedules = new SqlBatch("INSERT INTO schedule (id, service_id, service_at_location_id, freq,"
            + " interval_count, byday, bymonthday, dtstart, valid_from, valid_to, opens_at, closes_at, description, attending_type,"
            + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final SqlBatch costs = new SqlBatch("INSERT INTO cost_option (id, service_id, option_label, amount, amount_description,"
            + " currency, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)");
    private final SqlBatch contacts = new SqlBatch("INSERT INTO contact (id, service_id, name, title, email, phone, public,"
            + " sort_order) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)");
    private final SqlBatch languages = new SqlBatch("INSERT INTO service_language (id, service_id, name, code, sort_order) VALUES (?, ?, ?, ?, ?)");
    private final SqlBatch terms = new SqlBatch("INSERT INTO service_taxonomy_term (service_id, term_id) VALUES (?, ?)");
    private final SqlBatch areas = new SqlBatch("INSERT INTO service_area (id, service_id, name, description, sort_order)"
            + " VALUES (?, ?, ?, ?, ?)");

    /**
     * Adds the rows of one listing.
     *
     * @param locationIds the stored location id of each located service_at_location, by its position
     */
    void add(UUID serviceId, ImportedService service, Map<Integer, UUID> locationIds, List<UUID> termIds) {
        String sid = serviceId.toString();
        List<ImportedSchedule> unplaced = new ArrayList<>(service.schedules());
        List<UUID> seenLocations = new ArrayList<>();
        int scheduleIndex = 0;
        for (int i = 0; i < service.locations().size(); i++) {
            ServiceLocation at = service.locations().get(i);
            UUID locationId = locationIds.get(i);
            if (locationId == null || seenLocations.contains(locationId)) {
                unplaced.addAll(at.schedules()); // not located: its schedules belong to the service
                continue;
            }
            seenLocations.add(locationId);
            UUID placeId = ImportKeys.derive(sid, "sal", locationId.toString());
            places.add(placeId, serviceId, locationId, seenLocations.size() - 1);
            for (ImportedSchedule s : at.schedules()) {
                schedule(serviceId, placeId, scheduleIndex++, s);
            }
        }
        for (ImportedSchedule s : unplaced) {
            schedule(serviceId, null, scheduleIndex++, s);
        }
        for (int i = 0; i < service.costOptions().size(); i++) {
            ImportedCostOption c = service.costOptions().get(i);
            costs.add(ImportKeys.derive(sid, "cost", String.valueOf(i)), serviceId, c.option(), c.amount(), c.amountDescription(),
                    c.currency() == null ? "GBP" : c.currency(), i);
        }
        int contactRow = 0;
        for (int i = 0; i < service.contacts().size(); i++) {
            ImportedContact c = service.contacts().get(i);
            // one row per phone number (the table holds one): the first carries the email
            List<ImportedPhone> phones = c.phones().isEmpty() ? java.util.Collections.singletonList(null) : c.phones();
            for (int j = 0; j < phones.size(); j++) {
                contacts.add(ImportKeys.derive(sid, "contact", i + "." + j), serviceId, c.name(), c.title(),
                        j == 0 ? c.email() : null, phones.get(j) == null ? null : phones.get(j).number(), contactRow++);
            }
        }
        for (int i = 0; i < service.languages().size(); i++) {
            ImportedLanguage l = service.languages().get(i);
            languages.add(ImportKeys.derive(sid, "language", String.valueOf(i)), serviceId, l.name() != null ? l.name() : l.code(),
                    l.code(), i);
        }
        for (UUID term : termIds) {
            terms.add(serviceId, term);
        }
        for (int i = 0; i < service.serviceAreas().size(); i++) {
            var area = service.serviceAreas().get(i);
            areas.add(ImportKeys.derive(sid, "service_area", String.valueOf(i)), serviceId, area.name(), area.description(), i);
        }
    }

    private void schedule(UUID serviceId, UUID placeId, int index, ImportedSchedule s) {
        schedules.add(ImportKeys.derive(serviceId.toString(), "schedule", String.valueOf(index)), serviceId, placeId,
                s.freq() == null ? null : s.freq().code(), s.interval(), s.byday(), s.bymonthday(), s.dtstart(), s.validFrom(),
                s.validTo(), s.opensAt(), s.closesAt(), s.description(), s.attendingType(), index);
    }

    /** Deletes what these services owned before (they are about to be written again). */
    static void deleteOwned(JdbcOperations jdbc, List<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        for (String table : new String[] {"schedule", "service_at_location", "cost_option", "contact", "service_language",
                "service_taxonomy_term", "service_area"}) {
            SqlBatch.deleteWhereIn(jdbc, table, "service_id", serviceIds);
        }
    }

    void write(JdbcOperations jdbc) {
        places.run(jdbc);
        schedules.run(jdbc);
        costs.run(jdbc);
        contacts.run(jdbc);
        languages.run(jdbc);
        terms.run(jdbc);
        areas.run(jdbc);
    }
}
