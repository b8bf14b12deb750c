package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.OrukApi;
import org.signpost.contract.model.OrukService;
import org.signpost.contract.model.OrukServiceAtLocationPage;
import org.signpost.contract.model.OrukServicePage;
import org.signpost.contract.model.Problem;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;

/**
 * The public ORUK feed shows exactly the published listings, filters and pages them, finds them
 * near a postcode, refuses bad parameters by name, and every answer is ORUK 3.0 as the standard's
 * own schemata say. Each test imports its own small feed, named with a word no other data has.
 */
@MicronautTest(transactional = false)
class OrukFeedTest {

    @Inject
    OrukApi oruk;

    @Inject
    OrukCalls calls;

    @Inject
    OrukImport imports;

    @Inject
    DirectorySql sql;

    String tag;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aWordOfOurOwn() {
        tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aDraftIsInvisibleUntilVerifiedAndAStaleListingDropsOut() {
        TestFeed feed = new TestFeed();
        ObjectNode draft = feed.service("Draft coffee morning " + tag, today.minusDays(10));
        load(feed, false);
        String id = serviceId(draft);

        assertThat(search().getTotalItems()).isZero();
        assertNotFound("/oruk/services/" + id);

        sql.update("UPDATE service SET verification = 'verified', verified_at = NOW(6), version = version + 1 WHERE id = ?", id);
        assertThat(search().getContents()).extracting(OrukService::getName).containsExactly("Draft coffee morning " + tag);
        assertThat(oruk.orukService(id).getName()).isEqualTo("Draft coffee morning " + tag);

        sql.update("UPDATE service SET assured_date = ?, version = version + 1 WHERE id = ?", today.minusMonths(13), id);
        assertThat(search().getTotalItems()).isZero();
        assertNotFound("/oruk/services/" + id);
    }

    @Test
    void theFullRecordCarriesEverythingTheListingOwnsInOrukShape() {
        TestFeed feed = new TestFeed();
        ObjectNode walk = feed.service("Riverside walk " + tag, today.minusDays(5));
        walk.put("minimum_age", 18);
        ObjectNode sal = TestFeed.at(walk, 53.4441, -1.3037, "S65 1AB");
        TestFeed.schedule(sal, "WEEKLY", "TU", "10:00", "12:00");
        TestFeed.term(walk, "sp-walking-groups");
        TestFeed.contact(walk, "Sam Walker", "01632 960001");
        TestFeed.cost(walk, "Free", 0);
        walk.withArray("languages").addObject().put("id", UUID.randomUUID().toString()).put("name", "English").put("code", "en");
        load(feed, true);
        String id = serviceId(walk);

        JsonNode json = calls.get("/oruk/services/" + id);

        assertThat(json.path("description").asText()).isEqualTo("Riverside walk " + tag + ", a test listing & nothing more.");
        assertThat(json.path("organization").path("name").asText()).isEqualTo("Riverside walk " + tag + " group");
        JsonNode place = json.path("service_at_locations").get(0);
        assertThat(place.path("location").path("addresses").get(0).path("postal_code").asText()).isEqualTo("S65 1AB");
        assertThat(place.path("location").path("accessibility").get(0).path("description").asText()).isEqualTo("Step-free access");
        assertThat(json.path("schedules").get(0).path("byday").asText()).isEqualTo("TU");
        assertThat(json.path("schedules").get(0).path("service_at_location_id").asText()).isEqualTo(place.path("id").asText());
        assertThat(json.path("contacts").get(0).path("phones").get(0).path("number").asText()).isEqualTo("01632 960001");
        assertThat(json.path("cost_options").get(0).path("option").asText()).isEqualTo("Free");
        assertThat(json.path("languages").get(0).path("code").asText()).isEqualTo("en");
        assertThat(json.path("attributes").get(0).path("taxonomy_term").path("code").asText()).isEqualTo("sp-walking-groups");
        assertThat(json.has("alert")).as("an empty optional field is left out").isFalse();

        calls.get("/oruk/service_at_locations/" + place.path("id").asText());
        calls.get("/oruk/services?search=" + tag);
        calls.get("/oruk/service_at_locations?search=" + tag + "&postcode=S65%201AB&proximity=5000");
        calls.get("/oruk/");
        JsonNode taxonomies = calls.get("/oruk/taxonomies");
        calls.get("/oruk/taxonomies/" + taxonomies.path("contents").get(0).path("id").asText());
        JsonNode terms = calls.get("/oruk/taxonomy_terms?per_page=5&page=2");
        assertThat(terms.path("page_number").asInt()).isEqualTo(2);
        calls.get("/oruk/taxonomy_terms/" + terms.path("contents").get(0).path("id").asText());
    }

    @Test
    void filtersCombineAndAParentTermFindsItsChildren() {
        TestFeed feed = new TestFeed();
        ObjectNode befriending = feed.service("Phone befriending " + tag, today.minusDays(3));
        TestFeed.term(befriending, "sp-befriending");
        befriending.put("minimum_age", 60);
        TestFeed.schedule(befriending, "WEEKLY", "MO,WE", "09:00", "17:00");
        ObjectNode choir = feed.service("Community choir " + tag, today.minusDays(3));
        TestFeed.term(choir, "sp-music-singing");
        choir.put("minimum_age", 16);
        ObjectNode sal = TestFeed.at(choir, 53.43, -1.35, "S60 1AA");
        TestFeed.schedule(sal, "MONTHLY", "2TH", "18:30", "20:30");
        load(feed, true);

        assertThat(names(oruk.orukServices(tag, 1, 50, "sp-loneliness", null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("Phone befriending " + tag);
        assertThat(names(oruk.orukServices(tag, 1, 50, null, null, 50, null, null, null, null, null, null, null, null)))
                .containsExactly("Phone befriending " + tag);
        assertThat(names(oruk.orukServices(tag, 1, 50, null, null, null, null, "thursday", "18:00", "21:00", null, null, null, null)))
                .containsExactly("Community choir " + tag);
        assertThat(names(oruk.orukServices(tag, 1, 50, null, null, null, null, "WE", "10:00", null, null, null, null, null))).isEmpty();
        String taxonomyId = sql.one("SELECT taxonomy_id FROM taxonomy_term WHERE code = 'sp-befriending'");
        assertThat(names(oruk.orukServices(tag, 1, 50, null, taxonomyId, null, null, null, null, null, null, null, null, null))).hasSize(2);
    }

    @Test
    void pagesCountEverythingAndEndWhereTheyShould() {
        TestFeed feed = new TestFeed();
        for (int i = 1; i <= 5; i++) {
            feed.service("Group " + i + " " + tag, today.minusDays(1));
        }
        load(feed, true);

        OrukServicePage second = oruk.orukServices(tag, 2, 2, null, null, null, null, null, null, null, null, null, null, null);
        OrukServicePage last = oruk.orukServices(tag, 3, 2, null, null, null, null, null, null, null, null, null, null, null);
        OrukServicePage beyond = oruk.orukServices(tag, 4, 2, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(second.getTotalItems()).isEqualTo(5);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(names(second)).containsExactly("Group 3 " + tag, "Group 4 " + tag);
        assertThat(second.getFirstPage()).isFalse();
        assertThat(second.getLastPage()).isFalse();
        assertThat(last.getLastPage()).isTrue();
        assertThat(last.getSize()).isEqualTo(1);
        assertThat(beyond.getEmpty()).isTrue();
        calls.get("/oruk/services?search=" + tag + "&page=4&per_page=2");
    }

    @Test
    void nearAPostcodeTheNearestComeFirstAndProximityLeavesOutTheFarOnes() {
        TestFeed feed = new TestFeed();
        TestFeed.at(feed.service("Far hall " + tag, today.minusDays(1)), 53.3789, -1.4716, "S1 2AB");      // Sheffield, ~12 km
        TestFeed.at(feed.service("Near hall " + tag, today.minusDays(1)), 53.4450, -1.3040, "S65 1AA");    // at the S65 centroid
        TestFeed.at(feed.service("Middle hall " + tag, today.minusDays(1)), 53.4300, -1.3600, "S60 1AA");  // ~4 km
        load(feed, true);

        OrukServiceAtLocationPage all = oruk.orukServiceAtLocations(tag, 1, 50, null, null, null, null, null, null, null, "s651ab",
                null, null, null, null, null);
        OrukServiceAtLocationPage near = oruk.orukServiceAtLocations(tag, 1, 50, null, null, null, null, null, null, null,
                "S65 1AB", "5000", null, null, null, null);

        assertThat(all.getContents()).extracting(p -> p.getService().getName())
                .containsExactly("Near hall " + tag, "Middle hall " + tag, "Far hall " + tag);
        assertThat(near.getContents()).extracting(p -> p.getService().getName())
                .containsExactly("Near hall " + tag, "Middle hall " + tag);
        assertThat(near.getTotalItems()).isEqualTo(2);
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        assertThat(field(() -> oruk.orukServices(null, 1, 50, null, null, null, null, "someday", null, null, null, null, null, null))).isEqualTo("day");
        assertThat(field(() -> oruk.orukServices(null, 1, 50, null, null, null, null, null, "25:99", null, null, null, null, null))).isEqualTo("start_time");
        assertThat(field(() -> oruk.orukServices(null, 1, 50, "sp-no-such-term", null, null, null, null, null, null, null, null, null, null)))
                .isEqualTo("taxonomy_term_id");
        assertThat(field(() -> oruk.orukServices(null, 1, 50, null, "not-a-uuid", null, null, null, null, null, null, null, null, null)))
                .isEqualTo("taxonomy_id");
        assertThat(field(() -> oruk.orukServiceAtLocations(null, 1, 50, null, null, null, null, null, null, null, "ZZ99 9ZZ", null, null, null, null, null)))
                .isEqualTo("postcode");
        assertThat(field(() -> oruk.orukServiceAtLocations(null, 1, 50, null, null, null, null, null, null, null, "not a postcode",
                null, null, null, null, null))).isEqualTo("postcode");
        assertThat(field(() -> oruk.orukServiceAtLocations(null, 1, 50, null, null, null, null, null, null, null, null, "500", null, null, null, null)))
                .isEqualTo("proximity");
        assertThat(field(() -> oruk.orukService("12345"))).isEqualTo("id");
        for (String query : List.of("page=0", "per_page=501", "minimum_age=abc", "page=x")) {
            HttpClientResponseException e = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                    () -> calls.exchange(HttpRequest.GET("/oruk/services?" + query)));
            assertThat(e.getStatus().getCode()).as(query).isEqualTo(400);
            assertThat(e.getResponse().getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("*");
            Problem problem = e.getResponse().getBody(Problem.class).orElseThrow();
            assertThat(problem.getErrors()).as(query).extracting(x -> x.getField()).containsExactly(query.substring(0, query.indexOf('=')));
        }
    }

    /** (The declarative client answers a 404 with null, so the status is checked on the raw response.) */
    private void assertNotFound(String path) {
        HttpClientResponseException e = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> calls.exchange(HttpRequest.GET(path)));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
        assertThat(e.getResponse().getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    private String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, call);
        assertThat(problem.getErrors()).hasSize(1);
        return problem.getErrors().get(0).getField();
    }

    private OrukServicePage search() {
        return oruk.orukServices(tag, 1, 50, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> names(OrukServicePage page) {
        return page.getContents().stream().map(OrukService::getName).toList();
    }

    private void load(TestFeed feed, boolean verified) {
        ImportReport report = imports.importFeed(() -> new ByteArrayInputStream(feed.bytes()),
                OrukImport.Options.standard("test-" + tag, verified, null));
        assertThat(report.rejections()).isEmpty();
    }

    private String serviceId(ObjectNode record) {
        return sql.one("SELECT id FROM service WHERE source = ? AND source_id = ?", "test-" + tag, record.path("id").asText());
    }
}
