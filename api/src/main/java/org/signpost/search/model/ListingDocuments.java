package org.signpost.search.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.signpost.directory.model.NeedsTaxonomy;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ServiceAreaCoverage;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.ServiceListing.Place;
import org.signpost.seeds.model.DeliveryMode;

/**
 * What a listing looks like to search: one document per located place it runs at, or one
 * document for a service with no located place (online, phone, area-wide), which carries the
 * postcode districts its service areas restrict it to ({@code area_outcodes}, see {@link ServiceAreaCoverage}). Need terms are
 * expanded with their ancestors and the words residents type for them, because the minimal
 * Elasticsearch has no synonym filters: the expansion is data, done here.
 */
public final class ListingDocuments {

    private ListingDocuments() {
    }

    /** Whether search should hold the listing at all ({@link ResidentVisibility#indexed}); the rest is filtered at query time. */
    public static boolean searchable(ServiceListing listing) {
        return ResidentVisibility.indexed(new ResidentVisibility.Facts(listing.verification(), listing.status(), listing.deletedAt(),
                listing.assuredDate(), listing.referralRoute()));
    }

    /** Document id to source, empty when the listing must not be searchable. */
    public static Map<String, Map<String, Object>> of(ServiceListing listing, NeedsTaxonomy taxonomy) {
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        if (!searchable(listing)) {
            return documents;
        }
        Map<String, Object> common = common(listing, taxonomy);
        List<Place> located = listing.places().stream().filter(Place::located).toList();
        if (located.isEmpty()) {
            Map<String, Object> doc = new LinkedHashMap<>(common);
            String id = listing.id().toString();
            doc.put("doc_id", id);
            doc.put("located", false);
            ServiceAreaCoverage coverage = listing.coverage();
            if (coverage.restricted()) {
                doc.put("area_outcodes", coverage.outcodes().stream().sorted().toList());
            }
            doc.put("sessions", SessionSlots.of(listing.schedules()));
            documents.put(id, doc);
            return documents;
        }
        for (Place place : located) {
            Map<String, Object> doc = new LinkedHashMap<>(common);
            String id = listing.id() + ":" + place.serviceAtLocationId();
            doc.put("doc_id", id);
            doc.put("service_at_location_id", place.serviceAtLocationId().toString());
            doc.put("location_id", place.locationId().toString());
            doc.put("located", true);
            doc.put("location", Map.of("lat", place.latitude().doubleValue(), "lon", place.longitude().doubleValue()));
            putIfPresent(doc, "location_name", place.name());
            if (place.postalCode() != null && !place.postalCode().isBlank()) {
                String postcode = place.postalCode().trim().toUpperCase(Locale.ROOT);
                doc.put("postcode", postcode);
                doc.put("outcode", postcode.contains(" ") ? postcode.substring(0, postcode.indexOf(' ')) : postcode);
            }
            putIfPresent(doc, "town", place.city());
            doc.put("accessibility", place.accessibility().stream().map(ServiceListing.Accessibility::code)
                    .filter(code -> code != null && !code.isBlank()).distinct().toList());
            doc.put("sessions", SessionSlots.of(listing.schedules().stream()
                    .filter(s -> s.serviceAtLocationId() == null || s.serviceAtLocationId().equals(place.serviceAtLocationId()))
                    .toList()));
            documents.put(id, doc);
        }
        return documents;
    }

    private static Map<String, Object> common(ServiceListing listing, NeedsTaxonomy taxonomy) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("service_id", listing.id().toString());
        doc.put("organisation_id", listing.organisation().id().toString());
        doc.put("name", listing.name());
        putIfPresent(doc, "description", listing.description());
        doc.put("organisation_name", listing.organisation().name());
        Set<String> codes = new LinkedHashSet<>();
        List<String> needText = new ArrayList<>();
        for (ServiceListing.TermRef term : listing.terms()) {
            for (NeedsTaxonomy.Term t : taxonomy.selfAndAncestors(term.id())) {
                if (codes.add(t.code())) {
                    needText.add(t.name());
                    needText.addAll(t.keywords());
                }
            }
        }
        doc.put("need_codes", List.copyOf(codes));
        doc.put("need_direct_codes", listing.terms().stream().map(ServiceListing.TermRef::code).toList());
        doc.put("need_text", needText);
        doc.put("status", listing.status().code());
        doc.put("verified", true);
        if (listing.assuredDate() != null) {
            doc.put("assured_date", listing.assuredDate().toString());
        }
        doc.put("free", listing.free());
        putIfPresent(doc, "min_age", listing.minimumAge());
        putIfPresent(doc, "max_age", listing.maximumAge());
        doc.put("delivery_modes", listing.deliveryModes().stream().map(DeliveryMode::code).toList());
        doc.put("referral_route", listing.referralRoute().code());
        if (listing.capacity() != null) {
            putIfPresent(doc, "capacity_available", listing.capacity().available());
            putIfPresent(doc, "capacity_maximum", listing.capacity().maximum());
        }
        doc.put("languages", listing.languages().stream().map(l -> l.code() == null ? l.name() : l.code()).distinct().toList());
        // the group's own words when it wrote some, else the structured schedule in plain English ("Tuesdays 10am to 11:30am")
        List<String> scheduleText = listing.schedules().stream().map(ServiceListing.Schedule::inWords)
                .filter(d -> d != null && !d.isBlank()).distinct().toList();
        doc.put("schedule_text", String.join("; ", scheduleText));
        doc.put("suggest", Map.of("input", List.of(truncate(listing.name()))));
        doc.put("suggest_organisation", Map.of("input", List.of(truncate(listing.organisation().name()))));
        doc.put("version", listing.version());
        return doc;
    }

    private static String truncate(String text) {
        return text.length() > 60 ? text.substring(0, 60) : text;
    }

    private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            doc.put(field, value);
        }
    }
}
