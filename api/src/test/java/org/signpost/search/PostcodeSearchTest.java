package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.ServiceHit;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/** A resident types their postcode (or just its first half) instead of sharing their location. */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class PostcodeSearchTest {

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    @Test
    void aPostcodeOrOutcodeSearchesAroundItsDistrictsCentre() {
        var s63 = Outcodes.loadDefault().centroidOf("S63").orElseThrow();
        Places district = new Places(s63.latitude(), s63.longitude());
        String name = "Goldthorpe Garden Volunteers " + System.nanoTime();
        double[] near = district.offset(300, 0);
        String garden = listings.listing(name).at(near[0], near[1]).save().toString();
        double[] far = district.offset(0, 8_000);
        String farAway = listings.listing(name + " east").at(far[0], far[1]).save().toString();
        listings.index();

        for (String postcode : new String[] {"S63 9AB", "s639ab", "S63"}) {
            SearchQuery query = new SearchQuery(api).text(name);
            query.postcode = postcode;
            query.radiusM = 2_000;
            SearchResults results = query.resident();

            assertThat(results.getOrigin().getLat()).isCloseTo(s63.latitude(), within(1e-9));
            ServiceHit hit = results.getResults().stream().filter(h -> h.getServiceId().toString().equals(garden)).findFirst()
                    .orElseThrow();
            assertThat(hit.getDistanceM()).isCloseTo(300, within(5));
            assertThat(results.getResults()).noneMatch(h -> h.getServiceId().toString().equals(farAway));
        }
    }
}
