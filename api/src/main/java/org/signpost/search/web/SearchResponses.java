package org.signpost.search.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.signpost.contract.model.AccessibilityFeature;
import org.signpost.contract.model.ClusterResults;
import org.signpost.contract.model.CostFacet;
import org.signpost.contract.model.DeliveryMode;
import org.signpost.contract.model.DeliveryModeFacet;
import org.signpost.contract.model.GeoPoint;
import org.signpost.contract.model.MapCluster;
import org.signpost.contract.model.NeedFacet;
import org.signpost.contract.model.ReferralRoute;
import org.signpost.contract.model.SearchFacets;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.ServiceHit;
import org.signpost.contract.model.SuggestResults;
import org.signpost.contract.model.Suggestion;
import org.signpost.contract.model.SuggestionKind;
import org.signpost.search.application.SearchOutcome;
import org.signpost.search.model.ClusterPage;
import org.signpost.search.model.Facets;
import org.signpost.search.model.ListingHit;
import org.signpost.search.model.NameSuggestion;
import org.signpost.search.model.ShownListing;

/** Search results in the contract's shapes. */
final class SearchResponses {

    private SearchResponses() {
    }

    static SearchResults results(SearchOutcome outcome) {
        SearchResults results = new SearchResults(outcome.results().stream().map(shown -> hit(shown, outcome)).toList(),
                outcome.total(), outcome.totalExact());
        results.setNextCursor(outcome.nextCursor());
        if (outcome.origin() != null) {
            results.setOrigin(point(outcome.origin()));
        }
        if (outcome.facets() != null) {
            results.setFacets(facets(outcome.facets()));
        }
        return results;
    }

    private static ServiceHit hit(ShownListing shown, SearchOutcome outcome) {
        ListingHit h = shown.hit();
        ServiceHit hit = new ServiceHit(h.id(), UUID.fromString(h.serviceId()), h.name(), UUID.fromString(h.organisationId()),
                h.organisationName(), h.needs(), h.free(), h.deliveryModes().stream().map(DeliveryMode::fromValue).toList(),
                ReferralRoute.fromValue(h.referralRoute()), accessibility(h.accessibility()));
        hit.setServiceAtLocationId(h.serviceAtLocationId() == null ? null : UUID.fromString(h.serviceAtLocationId()));
        hit.setDescription(h.description());
        hit.setLocation(h.location() == null ? null : point(h.location()));
        hit.setLocationName(h.locationName());
        hit.setPostcode(h.postcode());
        hit.setTown(h.town());
        hit.setDistanceM(shown.distanceM());
        hit.setMinAge(h.minAge());
        hit.setMaxAge(h.maxAge());
        hit.setSchedule(h.schedule() == null || h.schedule().isBlank() ? null : h.schedule());
        hit.setNextSessionStart(shown.nextSession() == null ? null : shown.nextSession().atZone(outcome.zone()).toOffsetDateTime());
        hit.setAssuredDate(h.assuredDate());
        hit.setCapacityAvailable(shown.capacityAvailable());
        hit.setCapacityMaximum(shown.capacityMaximum());
        hit.setStale(shown.stale());
        return hit;
    }

    /** Indexed codes the contract lists; one indexed before the list was enforced is left out. */
    private static List<AccessibilityFeature> accessibility(List<String> codes) {
        return codes.stream().map(AccessibilityFeature.VALUE_MAPPING::get).filter(Objects::nonNull).toList();
    }

    private static SearchFacets facets(Facets facets) {
        return new SearchFacets(
                facets.needs().stream().map(c -> new NeedFacet(c.value(), c.label(), c.count())).toList(),
                new CostFacet(facets.free(), facets.paid()),
                facets.deliveryModes().stream().map(c -> new DeliveryModeFacet(DeliveryMode.fromValue(c.value()), c.count())).toList());
    }

    static ClusterResults clusters(ClusterPage page) {
        List<MapCluster> clusters = page.clusters().stream()
                .map(c -> new MapCluster(c.key(), point(c.centroid()), c.count())).toList();
        return new ClusterResults(clusters, page.precision(), page.total(), page.truncated());
    }

    static SuggestResults suggestions(List<NameSuggestion> suggestions) {
        return new SuggestResults(suggestions.stream().map(s -> {
            Suggestion suggestion = new Suggestion(s.text(), SuggestionKind.fromValue(s.kind().name().toLowerCase()));
            suggestion.setNeedCode(s.needCode());
            suggestion.setServiceId(s.serviceId() == null ? null : UUID.fromString(s.serviceId()));
            return suggestion;
        }).toList());
    }

    private static GeoPoint point(org.signpost.search.model.GeoPoint point) {
        return new GeoPoint(point.lat(), point.lon());
    }
}
