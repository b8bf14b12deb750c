package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SearchQuery.serviceIds;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.AccessibilityFeature;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.ServiceHit;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/** A resident who needs step-free access finds the places that have it, named by the contract's list of features. */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class FindingServicesByAccessibilityTest {

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    Places here;
    String stepFreeWithLoop;
    String parkingOnly;
    String oldCode;

    @BeforeEach
    void threePlaces() {
        here = Places.fresh();
        stepFreeWithLoop = listings.listing("Ground floor knit and natter").at(here.lat(), here.lon())
                .accessibility("step_free", "hearing_loop").save().toString();
        double[] north = here.offset(200, 0);
        parkingOnly = listings.listing("Upstairs choir").at(north[0], north[1]).accessibility("parking").save().toString();
        double[] east = here.offset(0, 200);
        // a code stored before the contract listed the allowed ones
        oldCode = listings.listing("Chapel coffee morning").at(east[0], east[1]).accessibility("ramp_at_back").save().toString();
        listings.index();
    }

    @Test
    void theFilterKeepsOnlyPlacesWithEveryFeatureAsked() {
        SearchQuery stepFree = new SearchQuery(api).around(here.lat(), here.lon(), 1_000);
        stepFree.accessibility = List.of(AccessibilityFeature.STEP_FREE);
        assertThat(serviceIds(stepFree.resident())).containsExactly(stepFreeWithLoop);

        SearchQuery both = new SearchQuery(api).around(here.lat(), here.lon(), 1_000);
        both.accessibility = List.of(AccessibilityFeature.STEP_FREE, AccessibilityFeature.PARKING);
        assertThat(serviceIds(both.resident())).isEmpty();
    }

    @Test
    void eachResultSaysWhichListedFeaturesItsPlaceHas() {
        SearchResults all = new SearchQuery(api).around(here.lat(), here.lon(), 1_000).resident();

        assertThat(hit(all, stepFreeWithLoop).getAccessibility())
                .containsExactlyInAnyOrder(AccessibilityFeature.STEP_FREE, AccessibilityFeature.HEARING_LOOP);
        assertThat(hit(all, parkingOnly).getAccessibility()).containsExactly(AccessibilityFeature.PARKING);
        assertThat(hit(all, oldCode).getAccessibility()).as("a code outside the list is left out, not a failed search").isEmpty();
    }

    private static ServiceHit hit(SearchResults results, String serviceId) {
        return results.getResults().stream().filter(h -> h.getServiceId().toString().equals(serviceId)).findFirst().orElseThrow();
    }
}
