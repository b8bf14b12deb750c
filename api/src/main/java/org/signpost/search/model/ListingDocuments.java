package org.signpost.search.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.signpost.directory.model.DeliveryMode;
import org.signpost.directory.model.NeedsTaxonomy;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ServiceAreaCoverage;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.ServiceListing.Place;
import org.signpost.indexer.ServiceDocument;

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

    /** The listing's documents, none when the listing must not be searchable. */
    public static List<ServiceDocument> of(ServiceListing listing, NeedsTaxonomy taxonomy) {
        List<ServiceDocument> documents = new ArrayList<>();
        if (!searchable(listing)) {
            return documents;
        }
        Needs needs = Needs.of(listing, taxonomy);
        List<Place> located = listing.places().stream().filter(Place::located).toList();
        if (located.isEmpty()) {
            ServiceAreaCoverage coverage = listing.coverage();
            List<String> areaOutcodes = coverage.restricted() ? coverage.outcodes().stream().sorted().toList() : null;
            documents.add(document(listing, needs, null, areaOutcodes, SessionSlots.of(listing.schedules())));
            return documents;
        }
        for (Place place : located) {
            documents.add(document(listing, needs, place, null, SessionSlots.of(listing.schedules().stream()
                    .filter(s -> s.serviceAtLocationId() == null || s.serviceAtLocationId().equals(place.serviceAtLocationId()))
                    .toList())));
        }
        return documents;
    }

    /** One document: the service's own fields, and those of {@code place} when it has one (else not located). */
    private static ServiceDocument document(ServiceListing listing, Needs needs, Place place, List<String> areaOutcodes,
            List<ServiceDocument.Session> sessions) {
        String postcode = place == null || place.postalCode() == null || place.postalCode().isBlank() ? null
                : place.postalCode().trim().toUpperCase(Locale.ROOT);
        String outcode = postcode == null ? null : postcode.contains(" ") ? postcode.substring(0, postcode.indexOf(' ')) : postcode;
        ServiceListing.Capacity capacity = listing.capacity();
        // the group's own words when it wrote some, else the structured schedule in plain English ("Tuesdays 10am to 11:30am")
        List<String> scheduleText = listing.schedules().stream().map(ServiceListing.Schedule::inWords)
                .filter(d -> d != null && !d.isBlank()).distinct().toList();
        return new ServiceDocument(
                place == null ? listing.id().toString() : listing.id() + ":" + place.serviceAtLocationId(),
                listing.id().toString(),
                place == null ? null : place.serviceAtLocationId().toString(),
                place == null ? null : place.locationId().toString(),
                listing.organisation().id().toString(),
                listing.name(),
                present(listing.description()),
                listing.organisation().name(),
                place == null ? null : present(place.name()),
                needs.codes(),
                listing.terms().stream().map(ServiceListing.TermRef::code).toList(),
                needs.text(),
                listing.status().wire(),
                true,
                listing.assuredDate(),
                place != null,
                place == null ? null : new ServiceDocument.Point(place.latitude().doubleValue(), place.longitude().doubleValue()),
                postcode,
                outcode,
                areaOutcodes,
                place == null ? null : present(place.city()),
                listing.free(),
                listing.minimumAge(),
                listing.maximumAge(),
                listing.deliveryModes().stream().map(DeliveryMode::wire).toList(),
                listing.referralRoute().wire(),
                place == null ? null : place.accessibility().stream().map(ServiceListing.Accessibility::code)
                        .filter(code -> code != null && !code.isBlank()).distinct().toList(),
                capacity == null ? null : capacity.available(),
                capacity == null ? null : capacity.maximum(),
                listing.languages().stream().map(l -> l.code() == null ? l.name() : l.code()).distinct().toList(),
                sessions,
                String.join("; ", scheduleText),
                new ServiceDocument.Completion(List.of(truncate(listing.name()))),
                new ServiceDocument.Completion(List.of(truncate(listing.organisation().name()))),
                listing.version());
    }

    /** The codes of the listing's need terms and their ancestors, and the words residents type for them. */
    private record Needs(List<String> codes, List<String> text) {

        static Needs of(ServiceListing listing, NeedsTaxonomy taxonomy) {
            Set<String> codes = new LinkedHashSet<>();
            List<String> text = new ArrayList<>();
            for (ServiceListing.TermRef term : listing.terms()) {
                for (NeedsTaxonomy.Term t : taxonomy.selfAndAncestors(term.id())) {
                    if (codes.add(t.code())) {
                        text.add(t.name());
                        text.addAll(t.keywords());
                    }
                }
            }
            return new Needs(List.copyOf(codes), List.copyOf(text));
        }
    }

    private static String truncate(String text) {
        return text.length() > 60 ? text.substring(0, 60) : text;
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
