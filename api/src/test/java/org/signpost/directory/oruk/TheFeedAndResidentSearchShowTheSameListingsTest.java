package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * One rule decides what the public sees: the ORUK feed publishes exactly the listings resident
 * search shows, over listings generated in every combination of state (draft, withdrawn, inactive,
 * stale, never open to self-referral...), and it never publishes anyone's capacity.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
class TheFeedAndResidentSearchShowTheSameListingsTest {

    private static final List<String> STATUSES = List.of("active", "active", "inactive", "temporarily closed");
    private static final List<String> ROUTES = List.of("self_referral", "link_worker_referral", "both");

    @Inject
    SearchListings listings;

    @Inject
    SearchApi search;

    @Inject
    OrukCalls calls;

    @Test
    void theFeedPublishesExactlyWhatResidentSearchShowsAndNoCapacity() {
        String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        List<LocalDate> assured = List.of(today.minusDays(3), today.minusMonths(11), today.minusMonths(13));
        Random random = new Random(20261202);
        Places here = Places.fresh();
        List<UUID> all = new ArrayList<>();
        List<UUID> withdrawn = new ArrayList<>();
        Set<UUID> onlyThroughALinkWorker = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            String status = STATUSES.get(random.nextInt(STATUSES.size()));
            String route = ROUTES.get(random.nextInt(ROUTES.size()));
            LocalDate assuredOn = assured.get(random.nextInt(assured.size()));
            boolean draft = random.nextInt(5) == 0;
            SearchListings.Listing listing = listings.listing("Generated club " + i + " " + tag)
                    .status(status)
                    .route(route)
                    .assured(assuredOn)
                    .capacity(random.nextInt(5), 5);
            if (draft) {
                listing.draft();
            }
            if (random.nextBoolean()) {
                listing.at(here.latAt(10 * i), here.lon());
            } else {
                listing.remote("phone");
            }
            UUID id = listing.save();
            all.add(id);
            if (random.nextInt(8) == 0) {
                withdrawn.add(id);
            } else if (route.equals("link_worker_referral") && status.equals("active") && !draft
                    && !assuredOn.isBefore(today.minusMonths(12))) {
                onlyThroughALinkWorker.add(id);
            }
        }
        withdrawn.forEach(listings::delete);
        listings.index();

        Set<String> residents = new HashSet<>(SearchQuery.serviceIds(new SearchQuery(search).text(tag).limit(50).resident()));
        JsonNode feed = calls.get("/oruk/services?search=" + tag + "&per_page=100");
        Set<String> published = new HashSet<>();
        feed.path("contents").forEach(s -> published.add(s.path("id").asText()));
        JsonNode places = calls.get("/oruk/service_at_locations?search=" + tag + "&per_page=100");
        Set<String> publishedPlaces = new HashSet<>();
        places.path("contents").forEach(p -> publishedPlaces.add(p.path("service_id").asText()));

        assertThat(residents).as("the generated states leave some listings visible and hide others").isNotEmpty().hasSizeLessThan(
                all.size() - 5);
        assertThat(onlyThroughALinkWorker).as("some listings are public in every way but their referral route").isNotEmpty();
        assertThat(residents).doesNotContainAnyElementsOf(onlyThroughALinkWorker.stream().map(UUID::toString).toList());
        assertThat(published).as("/oruk/services publishes exactly what resident search shows").isEqualTo(residents);
        assertThat(residents).containsAll(publishedPlaces);
        for (UUID id : all) {
            boolean shown = residents.contains(id.toString());
            assertThat(calls.status("/oruk/services/" + id)).as("/oruk/services/%s", id).isEqualTo(shown ? 200 : 404);
        }
        for (String id : published) {
            JsonNode full = calls.get("/oruk/services/" + id);
            assertThat(full.has("x_capacity")).as("capacity of %s", id).isFalse();
            assertThat(full.path("x_referral_route").asText()).isNotEqualTo("link_worker_referral");
        }
        feed.path("contents").forEach(s -> assertThat(s.has("x_capacity")).isFalse());
    }
}
