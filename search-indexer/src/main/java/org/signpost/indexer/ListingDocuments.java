package org.signpost.indexer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.indexer.IndexedService.Place;
import org.signpost.seeds.geo.ServiceAreaCoverage;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.NeedsTaxonomy;
import org.signpost.seeds.model.ServiceStatus;

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

    /**
     * Whether search holds the listing at all: what some viewer could see, now or once its status or
     * assurance changes. Withdrawn, never verified and defunct listings are left out (they come back
     * only with a new version, which is indexed again); the rest of the directory's rule
     * ({@code ResidentVisibility.Criteria}: active, assured recently, not link-worker only) is a
     * filter at query time, so an expiry reaches search without reindexing.
     */
    public static boolean searchable(IndexedService service) {
        return service.deletedAt() == null && "verified".equals(service.verification()) && service.status() != ServiceStatus.DEFUNCT;
    }

    /** The listing's documents, none when the listing must not be searchable. */
    public static List<ServiceDocument> of(IndexedService listing, NeedsTaxonomy taxonomy) {
        List<ServiceDocument> documents = new ArrayList<>();
        if (!searchable(listing)) {
            return documents;
        }
        Needs needs = Needs.of(listing.termIds(), taxonomy);
        List<Place> located = listing.places().stream().filter(Place::located).toList();
        if (located.isEmpty()) {
            ServiceAreaCoverage coverage = ServiceAreaCoverage.of(listing.serviceAreaTexts());
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
    private static ServiceDocument document(IndexedService listing, Needs needs, Place place, List<String> areaOutcodes,
            List<ServiceDocument.Session> sessions) {
        String postcode = place == null || place.postalCode() == null || place.postalCode().isBlank() ? null
                : place.postalCode().trim().toUpperCase(Locale.ROOT);
        String outcode = postcode == null ? null : postcode.contains(" ") ? postcode.substring(0, postcode.indexOf(' ')) : postcode;
        // the group's own words when it wrote some, else the structured schedule in plain English ("Tuesdays 10am to 11:30am")
        List<String> scheduleText = listing.schedules().stream().map(IndexedService.Schedule::inWords)
                .filter(d -> d != null && !d.isBlank()).distinct().toList();
        return new ServiceDocument(
                place == null ? listing.id().toString() : listing.id() + ":" + place.serviceAtLocationId(),
                listing.id().toString(),
                place == null ? null : place.serviceAtLocationId().toString(),
                place == null ? null : place.locationId().toString(),
                listing.organisationId().toString(),
                listing.name(),
                present(listing.description()),
                listing.organisationName(),
                place == null ? null : present(place.name()),
                needs.codes(),
                listing.termCodes(),
                needs.text(),
                listing.status().code(),
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
                listing.deliveryModes().stream().map(DeliveryMode::code).toList(),
                listing.referralRoute().code(),
                place == null ? null : place.accessibility().stream().filter(code -> code != null && !code.isBlank()).distinct().toList(),
                listing.capacityAvailable(),
                listing.capacityMaximum(),
                listing.languages().stream().distinct().toList(),
                sessions,
                String.join("; ", scheduleText),
                new ServiceDocument.Completion(List.of(truncate(listing.name()))),
                new ServiceDocument.Completion(List.of(truncate(listing.organisationName()))),
                listing.version());
    }

    /** The codes of the listing's need terms and their ancestors, and the words residents type for them. */
    private record Needs(List<String> codes, List<String> text) {

        static Needs of(List<UUID> termIds, NeedsTaxonomy taxonomy) {
            Set<String> codes = new LinkedHashSet<>();
            List<String> text = new ArrayList<>();
            for (UUID term : termIds) {
                for (NeedsTaxonomy.Term t : taxonomy.selfAndAncestors(term)) {
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
