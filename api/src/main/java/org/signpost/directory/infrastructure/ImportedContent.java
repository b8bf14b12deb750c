package org.signpost.directory.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.application.ImportedListing;
import org.signpost.directory.model.ListingContent;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ImportedAddress;
import org.signpost.seeds.model.ImportedContact;
import org.signpost.seeds.model.ImportedCostOption;
import org.signpost.seeds.model.ImportedLanguage;
import org.signpost.seeds.model.ImportedLocation;
import org.signpost.seeds.model.ImportedPhone;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ImportedServiceArea;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceLocation;
import org.signpost.seeds.model.ServiceStatus;

/**
 * A feed record as the one listing model, {@link ListingContent}, which {@link ListingTables} turns
 * into rows. The feed's shape becomes ours here: a location without coordinates is not a place (its
 * schedules are the service's own), a location named twice is one place, a contact with several
 * phones is one contact per phone (the first carrying the email), a cost without a currency is in
 * GBP (as an editor's is), a language without a name is named by its code. Part ids are derived
 * from the service id and the part's position ({@link ImportKeys#derive}), so an unchanged record
 * is written with unchanged ids.
 */
final class ImportedContent {

    private ImportedContent() {
    }

    /** The record's places: each location with coordinates under its (source, source_id) key, once per key. */
    static Map<String, ListingContent.Location> locations(ImportedService s) {
        Map<String, ListingContent.Location> located = new LinkedHashMap<>();
        for (int i = 0; i < s.locations().size(); i++) {
            ServiceLocation at = s.locations().get(i);
            if (at.location().hasCoordinates()) {
                located.putIfAbsent(ImportKeys.locationKey(s, i, at), location(null, at.location()));
            }
        }
        return located;
    }

    /**
     * The listing's content.
     *
     * @param locationIds the stored location id of every key {@link #locations} gave
     */
    static ListingContent of(UUID serviceId, ImportedListing listing, UUID organisationId, Map<String, UUID> locationIds) {
        ImportedService s = listing.service();
        String sid = serviceId.toString();
        List<ListingContent.Location> locations = new ArrayList<>();
        List<ImportedSchedule> placed = new ArrayList<>();
        List<UUID> placedAt = new ArrayList<>();
        List<ImportedSchedule> unplaced = new ArrayList<>(s.schedules());
        for (int i = 0; i < s.locations().size(); i++) {
            ServiceLocation at = s.locations().get(i);
            UUID id = at.location().hasCoordinates() ? locationIds.get(ImportKeys.locationKey(s, i, at)) : null;
            if (id == null || locations.stream().anyMatch(l -> l.id().equals(id))) {
                unplaced.addAll(at.schedules());
                continue;
            }
            locations.add(location(id, at.location()));
            for (ImportedSchedule schedule : at.schedules()) {
                placed.add(schedule);
                placedAt.add(id);
            }
        }
        List<ListingContent.Schedule> schedules = new ArrayList<>();
        placedAt.addAll(Collections.nCopies(unplaced.size(), null));
        placed.addAll(unplaced);
        for (int i = 0; i < placed.size(); i++) {
            schedules.add(schedule(ImportKeys.derive(sid, "schedule", String.valueOf(i)), placedAt.get(i), placed.get(i)));
        }
        List<ListingContent.Cost> costs = new ArrayList<>();
        for (int i = 0; i < s.costOptions().size(); i++) {
            ImportedCostOption c = s.costOptions().get(i);
            costs.add(new ListingContent.Cost(ImportKeys.derive(sid, "cost", String.valueOf(i)), c.option(), c.amount(),
                    c.amountDescription(), c.currency() == null ? "GBP" : c.currency()));
        }
        List<ListingContent.Contact> contacts = new ArrayList<>();
        for (int i = 0; i < s.contacts().size(); i++) {
            ImportedContact c = s.contacts().get(i);
            List<ImportedPhone> phones = c.phones().isEmpty() ? Collections.singletonList(null) : c.phones();
            for (int j = 0; j < phones.size(); j++) {
                contacts.add(new ListingContent.Contact(ImportKeys.derive(sid, "contact", i + "." + j), c.name(), c.title(),
                        j == 0 ? c.email() : null, phones.get(j) == null ? null : phones.get(j).number(), true));
            }
        }
        List<ListingContent.Language> languages = new ArrayList<>();
        for (int i = 0; i < s.languages().size(); i++) {
            ImportedLanguage l = s.languages().get(i);
            languages.add(new ListingContent.Language(ImportKeys.derive(sid, "language", String.valueOf(i)),
                    l.name() != null ? l.name() : l.code(), l.code()));
        }
        List<ListingContent.Area> areas = new ArrayList<>();
        for (int i = 0; i < s.serviceAreas().size(); i++) {
            ImportedServiceArea a = s.serviceAreas().get(i);
            areas.add(new ListingContent.Area(ImportKeys.derive(sid, "service_area", String.valueOf(i)), a.name(), a.description()));
        }
        return new ListingContent(organisationId, s.name(), s.description(), s.url(), s.email(),
                s.status(), s.alert(), s.fees(), s.minimumAge(),
                s.maximumAge(), s.eligibilityDescription(), modes(s), route(s),
                s.capacity() == null ? null : new ListingContent.Capacity(s.capacity().available(), s.capacity().maximum()),
                locations, schedules, costs, contacts, languages, listing.terms(), areas);
    }

    /** How the listing reaches each of its places: service_at_location ids derived from the service and the location. */
    static Map<UUID, ListingTables.Place> places(UUID serviceId, ListingContent c) {
        Map<UUID, ListingTables.Place> places = new HashMap<>();
        for (ListingContent.Location l : c.locations()) {
            places.put(l.id(), new ListingTables.Place(ImportKeys.derive(serviceId.toString(), "sal", l.id().toString()), l.id()));
        }
        return places;
    }

    private static ListingContent.Location location(UUID id, ImportedLocation l) {
        ImportedAddress a = l.addresses().isEmpty() ? null : l.addresses().get(0);
        return new ListingContent.Location(id, l.locationType() == null ? "physical" : l.locationType().code(), l.name(),
                l.description(), degrees(l.latitude()), degrees(l.longitude()), a == null ? null : a.address1(), null,
                a == null ? null : a.city(), a == null ? null : a.region() != null ? a.region() : a.stateProvince(),
                a == null ? null : a.postalCode(), a == null ? null : ImportKeys.country(a.country()),
                l.accessibility().stream()
                        .map(x -> new ListingContent.Access(null, null, x.description(), x.details(), x.url())).toList());
    }

    private static ListingContent.Schedule schedule(UUID id, UUID locationId, ImportedSchedule s) {
        return new ListingContent.Schedule(id, locationId, s.freq() == null ? null : s.freq().code(), s.interval(), s.byday(),
                s.bymonthday(), s.dtstart(), s.validFrom(), s.validTo(), s.opensAt(), s.closesAt(), s.description(),
                s.attendingType());
    }

    private static BigDecimal degrees(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static ReferralRoute route(ImportedService s) {
        return s.referralRoute() == null ? ReferralRoute.BOTH : s.referralRoute();
    }

    /**
     * When the source says its record last changed (published as last_modified while no edit here
     * supersedes it); null when it does not say, or says a time still to come (not believed).
     * updated_at stays the time of the import that brought the change, so {@code modified_after}
     * (which reads updated_at) never misses a change a consumer has not yet seen.
     */
    static Instant sourceModified(ImportedService s, Instant now) {
        return s.lastModified() == null || s.lastModified().isAfter(now) ? null : s.lastModified();
    }

    /**
     * The feed's {@code x_delivery_modes}; a feed without them (every council feed) is read from what it
     * does say: a located service is in person, schedules attended online or by phone add those, and a
     * service with neither is taken to be online.
     */
    private static Set<DeliveryMode> modes(ImportedService s) {
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        modes.addAll(s.deliveryModes());
        if (modes.isEmpty()) {
            if (s.isLocated()) {
                modes.add(DeliveryMode.IN_PERSON);
            }
            for (ImportedSchedule schedule : s.allSchedules()) {
                DeliveryMode.fromCode(schedule.attendingType()).ifPresent(modes::add);
            }
            if (modes.isEmpty()) {
                modes.add(DeliveryMode.ONLINE);
            }
        }
        return modes;
    }
}
