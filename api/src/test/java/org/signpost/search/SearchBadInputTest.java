package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.SearchSort;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * Every impossible or too-expensive search is a 400 problem naming the parameter at fault. Values
 * the generated client refuses to send (they break the contract's own constraints) go raw.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class SearchBadInputTest {

    @Inject
    SearchApi api;

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Inject
    SearchListings listings;

    @Test
    void aRadiusOfZeroOrBeyondTheMaximumIsRefused() {
        assertNames("radius_m", () -> new SearchQuery(api).around(53.43, -1.35, 0).resident());
        assertNames("radius_m", () -> new SearchQuery(api).around(53.43, -1.35, -5).resident());
        assertNames("radius_m", () -> new SearchQuery(api).around(53.43, -1.35, 50_001).resident());
        SearchQuery radiusAlone = new SearchQuery(api);
        radiusAlone.radiusM = 1000;
        assertNames("radius_m", radiusAlone::resident);
    }

    @Test
    void halfAPointOrAPointOffTheGlobeIsRefused() {
        SearchQuery latOnly = new SearchQuery(api);
        latOnly.lat = 53.4;
        assertNames("lon", latOnly::resident);
        assertRawNames("lat", "/search/services?lat=91&lon=0");
        assertRawNames("lon", "/search/services?lat=0&lon=-181");
    }

    @Test
    void invertedWorldSpanningOrPartialViewportsAreRefused() {
        assertNames("top_left_lat", () -> new SearchQuery(api).viewport(53.3, -1.5, 53.5, -1.1).resident());
        assertNames("top_left_lon", () -> new SearchQuery(api).viewport(53.5, -1.1, 53.3, -1.5).resident());
        assertNames("bottom_right_lon", () -> new SearchQuery(api).viewport(60, -170, 40, 170).resident());
        assertNames("bottom_right_lat", () -> new SearchQuery(api).viewport(85, -10, -85, 10).resident());
        SearchQuery partial = new SearchQuery(api);
        partial.topLeftLat = 53.5;
        partial.topLeftLon = -1.5;
        assertNames("bottom_right_lat", partial::resident);
        assertNames("top_left_lat", () -> new SearchQuery(api).viewport(53.3, -1.5, 53.5, -1.1).clusters(10));
    }

    @Test
    void aPointAndAViewportTogetherAreRefused() {
        SearchQuery both = new SearchQuery(api).around(53.43, -1.35, 1000).viewport(53.5, -1.5, 53.3, -1.1);
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, both::resident);
        assertThat(fields(problem)).contains("lat", "top_left_lat");
    }

    @Test
    void anUnknownOrMalformedPostcodeIsRefused() {
        SearchQuery unknown = new SearchQuery(api);
        unknown.postcode = "ZZ9 9ZZ";
        assertNames("postcode", unknown::resident);
        SearchQuery malformed = new SearchQuery(api);
        malformed.postcode = "12345";
        assertNames("postcode", malformed::resident);
        SearchQuery pointAndPostcode = new SearchQuery(api).around(53.43, -1.35, 1000);
        pointAndPostcode.postcode = "S60";
        assertNames("postcode", pointAndPostcode::resident);
    }

    @Test
    void aZoomOutOfRangeIsRefused() {
        assertRawNames("zoom", "/search/clusters?top_left_lat=53.5&top_left_lon=-1.5&bottom_right_lat=53.3&bottom_right_lon=-1.1&zoom=0");
        assertRawNames("zoom", "/search/clusters?top_left_lat=53.5&top_left_lon=-1.5&bottom_right_lat=53.3&bottom_right_lon=-1.1&zoom=21");
    }

    @Test
    void aPageAboveTheLimitIsRefused() {
        assertNames("limit", () -> new SearchQuery(api).limit(51).resident());
        assertNames("limit", () -> new SearchQuery(api).limit(0).resident());
    }

    @Test
    void unknownFilterValuesAreRefused() {
        SearchQuery need = new SearchQuery(api);
        need.need = List.of("sp-no-such-need");
        assertNames("need", need::resident);
        assertRawNames("day", "/search/services?day=XX");
        assertRawNames("delivery_mode", "/search/services?delivery_mode=carrier_pigeon");
        assertRawNames("referral_route", "/search/services?referral_route=word_of_mouth");
        assertRawNames("accessibility", "/search/services?accessibility=moat");
        assertRawNames("sort", "/search/services?sort=cheapest");
        assertRawNames("start_time", "/search/services?start_time=25:00");
        SearchQuery window = new SearchQuery(api);
        window.startTime = "14:00";
        window.endTime = "10:00";
        assertNames("end_time", window::resident);
        assertRawNames("age", "/search/services?age=-1");
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        assertRawNames("q", "/search/services?q=" + "a".repeat(201));
        assertRawNames("prefix", "/search/suggest?prefix=" + "a".repeat(61));
        assertRawNames("prefix", "/search/suggest?prefix=");
    }

    @Test
    void sortingByDistanceNeedsAPointAndACursorOnlyFitsItsOwnSearch() {
        assertNames("sort", () -> new SearchQuery(api).viewport(53.5, -1.5, 53.3, -1.1).sort(SearchSort.DISTANCE).resident());
        Places here = Places.fresh();
        listings.listing("Thrybergh Knit and Natter").at(here.lat(), here.lon()).save();
        listings.listing("Thrybergh Book Club").at(here.latAt(100), here.lon()).save();
        listings.index();
        SearchResults first = new SearchQuery(api).around(here.lat(), here.lon(), 1000).limit(1).resident();
        assertThat(first.getNextCursor()).isNotNull();

        SearchQuery elsewhere = new SearchQuery(api).around(here.lat(), here.lon(), 2000).limit(1);
        elsewhere.cursor = first.getNextCursor();
        assertNames("cursor", elsewhere::resident);
        SearchQuery forged = new SearchQuery(api).around(here.lat(), here.lon(), 1000).limit(1);
        forged.cursor = "bm90IGEgY3Vyc29y";
        assertNames("cursor", forged::resident);
    }

    private void assertNames(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, call);
        assertThat(fields(problem)).contains(field);
    }

    private void assertRawNames(String field, String uri) {
        assertNames(field, () -> raw.toBlocking().exchange(HttpRequest.GET(uri)));
    }

    private static List<String> fields(Problem problem) {
        assertThat(problem.getErrors()).as("problem names the fields at fault: " + problem.getDetail()).isNotNull();
        return problem.getErrors().stream().map(FieldError::getField).toList();
    }
}
