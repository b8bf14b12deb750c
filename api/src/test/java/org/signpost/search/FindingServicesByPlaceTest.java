package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.signpost.testing.SearchQuery.serviceIds;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.SearchSort;
import org.signpost.contract.model.ServiceHit;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/** Near me, near a postcode, or on the map I am looking at. */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class FindingServicesByPlaceTest {

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    Places here;
    String atTheCentre;
    String eightHundredMetresNorth;
    String threeKilometresEast;
    String phoneLine;

    @BeforeEach
    void servicesAtKnownDistances() {
        here = Places.fresh();
        atTheCentre = listings.listing("Centre tai chi").at(here.lat(), here.lon()).save().toString();
        double[] north = here.offset(800, 0);
        eightHundredMetresNorth = listings.listing("North tai chi").at(north[0], north[1]).save().toString();
        double[] east = here.offset(0, 3_000);
        threeKilometresEast = listings.listing("East tai chi").at(east[0], east[1]).save().toString();
        phoneLine = listings.listing("Tai chi by phone " + here.lat()).remote("phone").save().toString();
        listings.index();
    }

    @Test
    void aRadiusKeepsWhatIsInsideAndSaysHowFarEachIs() {
        SearchResults results = new SearchQuery(api).around(here.lat(), here.lon(), 1_000).sort(SearchSort.DISTANCE).resident();

        assertThat(serviceIds(results)).containsExactly(atTheCentre, eightHundredMetresNorth);
        assertThat(results.getResults().get(0).getDistanceM()).isBetween(0, 2);
        assertThat(results.getResults().get(1).getDistanceM()).isCloseTo(800, within(5));
        assertThat(results.getOrigin().getLat()).isEqualTo(here.lat());

        SearchResults wider = new SearchQuery(api).around(here.lat(), here.lon(), 5_000).sort(SearchSort.DISTANCE).resident();
        assertThat(serviceIds(wider)).containsExactly(atTheCentre, eightHundredMetresNorth, threeKilometresEast);
        assertThat(wider.getResults().get(2).getDistanceM()).isCloseTo(3_000, within(10));
    }

    @Test
    void relevanceNearAPointPutsTheNearestFirstWhenTheTextMatchesEqually() {
        double[] between = here.offset(700, 0);
        SearchResults results = new SearchQuery(api).text("tai chi").around(between[0], between[1], 5_000).resident();

        assertThat(serviceIds(results)).containsExactly(eightHundredMetresNorth, atTheCentre, threeKilometresEast);
    }

    @Test
    void servicesWithNoPlaceJoinWhenAskedFor() {
        SearchQuery query = new SearchQuery(api).around(here.lat(), here.lon(), 1_000);
        assertThat(serviceIds(query.resident())).doesNotContain(phoneLine);

        query.includeRemote = true;
        query.q = "tai chi by phone " + here.lat();
        List<ServiceHit> results = query.resident().getResults();
        assertThat(results).extracting(hit -> hit.getServiceId().toString()).contains(phoneLine);
        assertThat(results.stream().filter(hit -> hit.getServiceId().toString().equals(phoneLine)).findFirst().orElseThrow()
                .getDistanceM()).isNull();
    }

    @Test
    void aViewportKeepsWhatIsOnTheMap() {
        // from 500 m north-west of the centre to 4 km east and 1 km north: misses the centre
        double[] northWest = here.offset(1_000, -500);
        double[] southEast = here.offset(500, 4_000);
        SearchResults results = new SearchQuery(api).viewport(northWest[0], northWest[1], southEast[0], southEast[1]).resident();
        assertThat(serviceIds(results)).containsExactly(eightHundredMetresNorth);

        double[] lower = here.offset(-500, 4_000);
        SearchResults larger = new SearchQuery(api).viewport(northWest[0], northWest[1], lower[0], lower[1]).resident();
        assertThat(serviceIds(larger)).containsExactlyInAnyOrder(atTheCentre, eightHundredMetresNorth, threeKilometresEast);
    }
}
