package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.Problem;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;

/**
 * A council's developer consuming the feed: filters ORUK defines do what they say (or are refused by
 * name, never ignored), organisations have their own endpoints, dates are the records' own, taxonomy
 * terms and taxonomies carry what ORUK asks, and a site or CDN may cache what it reads.
 */
@MicronautTest(transactional = false)
class WhatAFeedConsumerAsksOfTheFeedTest {

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
    void organisationAndModifiedAfterFilterTheServices() {
        TestFeed feed = new TestFeed();
        ObjectNode lunch = feed.service("Lunch club " + tag, today.minusDays(2));
        ObjectNode walk = feed.service("Walking group " + tag, today.minusDays(2));
        load(feed, true);
        String lunchId = serviceId(lunch);
        String lunchOrganisation = sql.one("SELECT organisation_id FROM service WHERE id = ?", lunchId);
        sql.update("UPDATE service SET updated_at = '2025-01-10 09:00:00' WHERE id = ?", serviceId(walk));

        assertThat(names(calls.get("/oruk/services?search=" + tag + "&organization_id=" + lunchOrganisation)))
                .containsExactly("Lunch club " + tag);
        assertThat(names(calls.get("/oruk/service_at_locations?search=" + tag + "&organization_id=" + UUID.randomUUID()))).isEmpty();
        assertThat(names(calls.get("/oruk/services?search=" + tag + "&modified_after=2025-06-01T00:00:00Z")))
                .containsExactly("Lunch club " + tag);
        assertThat(names(calls.get("/oruk/services?search=" + tag + "&modified_after=2025-01-10"))).hasSize(2);
        assertThat(refused("/oruk/services?organization_id=abc")).containsExactly("organization_id");
        assertThat(refused("/oruk/services?modified_after=last%20tuesday")).containsExactly("modified_after");
    }

    @Test
    void fullGivesNestedServicesAndWhatWeDoNotOfferIsRefusedByName() {
        TestFeed feed = new TestFeed();
        ObjectNode lunch = feed.service("Lunch club " + tag, today.minusDays(2));
        TestFeed.contact(lunch, "Pat Cook", "01632 960002");
        load(feed, true);

        JsonNode summary = calls.get("/oruk/services?search=" + tag);
        JsonNode full = calls.get("/oruk/services?search=" + tag + "&full=true&format=json");

        assertThat(summary.path("contents").get(0).has("contacts")).isFalse();
        assertThat(full.path("contents").get(0).path("contacts").get(0).path("name").asText()).isEqualTo("Pat Cook");
        assertThat(refused("/oruk/services?minimal=true")).containsExactly("minimal");
        assertThat(refused("/oruk/services?format=ndjson")).containsExactly("format");
        assertThat(refused("/oruk/services?search=x&organisation_id=" + UUID.randomUUID())).containsExactly("organisation_id");
        assertThat(refused("/oruk/taxonomies?search=needs")).containsExactly("search");
        assertThat(refused("/oruk/services/" + UUID.randomUUID() + "?full=true")).containsExactly("full");
    }

    @Test
    void organisationsArePublishedWhileTheyRunAPublishedService() {
        TestFeed published = new TestFeed();
        ObjectNode lunch = published.service("Lunch club " + tag, today.minusDays(2));
        TestFeed.contact(lunch, "Pat Cook", "01632 960002");
        load(published, true);
        TestFeed drafts = new TestFeed();
        ObjectNode draft = drafts.service("Draft choir " + tag, today.minusDays(2));
        load(drafts, false);
        String organisation = sql.one("SELECT organisation_id FROM service WHERE id = ?", serviceId(lunch));
        String draftOrganisation = sql.one("SELECT organisation_id FROM service WHERE id = ?", serviceId(draft));

        JsonNode page = calls.get("/oruk/organizations?search=" + tag);
        JsonNode one = calls.get("/oruk/organizations/" + organisation);
        JsonNode nested = calls.get("/oruk/organizations/" + organisation + "?full_service=true");

        assertThat(names(page)).containsExactly("Lunch club " + tag + " group");
        assertThat(one.path("name").asText()).isEqualTo("Lunch club " + tag + " group");
        assertThat(names(one.path("services"))).containsExactly("Lunch club " + tag);
        assertThat(one.path("services").get(0).has("contacts")).isFalse();
        assertThat(nested.path("services").get(0).path("contacts").get(0).path("name").asText()).isEqualTo("Pat Cook");
        assertThat(calls.status("/oruk/organizations/" + draftOrganisation)).isEqualTo(404);
        assertThat(refused("/oruk/organizations/not-a-uuid")).containsExactly("id");
        assertThat(refused("/oruk/organizations?full_service=true")).containsExactly("full_service");
    }

    @Test
    void lastModifiedIsWhenTheRecordChangedNotTheDayItWasRead() {
        TestFeed feed = new TestFeed();
        ObjectNode lunch = feed.service("Lunch club " + tag, today.minusDays(2));
        lunch.put("last_modified", "2025-03-04T10:15:30Z");
        ObjectNode future = feed.service("Future club " + tag, today.minusDays(2));
        future.put("last_modified", "2999-01-01T00:00:00Z");
        Instant before = Instant.now().minusSeconds(1);
        load(feed, true);

        assertThat(lastModified(calls.get("/oruk/services/" + serviceId(lunch)))).isEqualTo(Instant.parse("2025-03-04T10:15:30Z"));
        assertThat(lastModified(calls.get("/oruk/services/" + serviceId(future)))).as("a date in the future is not believed")
                .isBetween(before, Instant.now());
    }

    @Test
    void taxonomyTermsSayTheTermAndTaxonomiesTheirUriAndVersion() {
        JsonNode terms = calls.get("/oruk/taxonomy_terms?per_page=3");
        JsonNode term = calls.get("/oruk/taxonomy_terms/" + terms.path("contents").get(0).path("id").asText());
        JsonNode taxonomies = calls.get("/oruk/taxonomies");

        for (JsonNode t : List.of(terms.path("contents").get(0), term)) {
            assertThat(t.path("term").asText()).isNotBlank().isEqualTo(t.path("code").asText());
            assertThat(t.path("term_uri").asText()).isNotBlank();
        }
        for (JsonNode taxonomy : taxonomies.path("contents")) {
            assertThat(taxonomy.path("uri").asText()).as("uri of %s", taxonomy.path("name")).startsWith("http");
            assertThat(taxonomy.path("version").asText()).as("version of %s", taxonomy.path("name")).isNotBlank();
        }
    }

    @Test
    void aSiteOrCdnMayCacheTheFeedAndRevalidateIt() {
        TestFeed feed = new TestFeed();
        ObjectNode lunch = feed.service("Lunch club " + tag, today.minusDays(2));
        load(feed, true);
        String path = "/oruk/services?search=" + tag;

        HttpResponse<String> first = calls.exchange(HttpRequest.GET(path));
        String etag = first.getHeaders().get("ETag");
        HttpResponse<String> again = calls.exchange(HttpRequest.GET(path).header("If-None-Match", etag));
        sql.update("UPDATE service SET name = ?, version = version + 1 WHERE id = ?", "Lunch club renamed " + tag, serviceId(lunch));
        HttpResponse<String> changed = calls.exchange(HttpRequest.GET(path).header("If-None-Match", etag));

        assertThat(first.getHeaders().get("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(again.getStatus().getCode()).isEqualTo(304);
        assertThat(again.getBody()).isEmpty();
        assertThat(again.getHeaders().get("ETag")).isEqualTo(etag);
        assertThat(changed.getStatus().getCode()).isEqualTo(200);
        assertThat(changed.getHeaders().get("ETag")).isNotEqualTo(etag);
        HttpClientResponseException error = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> calls.exchange(HttpRequest.GET("/oruk/services?day=someday")));
        assertThat(error.getResponse().getHeaders().get("Cache-Control")).as("errors are not cached as public").isNotEqualTo(
                "public, max-age=60");
    }

    @Test
    void forwardedHeadersFromAnyoneAreNotBelievedUnlessConfigured() {
        HttpResponse<String> response = calls.exchange(HttpRequest.GET("/oruk/")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example"));

        JsonNode info = OrukSpec.validate("/oruk/", response.body());
        assertThat(info.path("openapi_url").asText()).as("the Host the connection came in on, as plain http")
                .matches("http://(localhost|127\\.0\\.0\\.1):[0-9]+/openapi/signpost.yaml");
    }

    private List<String> refused(String path) {
        HttpClientResponseException e = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> calls.exchange(HttpRequest.GET(path)));
        assertThat(e).as("%s is refused", path).isNotNull();
        assertThat(e.getStatus().getCode()).as(path).isEqualTo(400);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
        return e.getResponse().getBody(Problem.class).orElseThrow().getErrors().stream().map(x -> x.getField()).toList();
    }

    private static Instant lastModified(JsonNode service) {
        return OffsetDateTime.parse(service.path("last_modified").asText()).toInstant();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        (page.has("contents") ? page.path("contents") : page).forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    private void load(TestFeed feed, boolean verified) {
        ImportReport report = imports.importFeed(() -> new ByteArrayInputStream(feed.bytes()),
                OrukImport.Options.standard("test-" + tag + verified, verified, null));
        assertThat(report.rejections()).isEmpty();
    }

    private String serviceId(ObjectNode record) {
        return sql.one("SELECT id FROM service WHERE source LIKE ? AND source_id = ?", "test-" + tag + "%", record.path("id").asText());
    }
}
