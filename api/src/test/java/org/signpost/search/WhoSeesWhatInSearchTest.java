package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SearchQuery.serviceIds;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.ServiceHit;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.MutableClock;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;
import org.signpost.testing.TestUsers;

/**
 * Residents see only what is true: active, verified, recently assured, open to them. Link workers
 * see more (referral-only services, capacity, stale listings flagged). Every change reaches
 * search: an edit, a verification and an unpublish through the outbox, a staleness expiry by the
 * passing of time alone (no reindexing).
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class WhoSeesWhatInSearchTest {

    private static final String LONDON = "Europe/London";

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    @Inject
    MutableClock clock;

    @Inject
    TestUsers users;

    Places here;
    String current;
    String stale;
    String referralOnly;
    UUID draft;
    String inactive;
    String closed;

    @BeforeEach
    void listingsInEveryState() {
        clock.set("2026-11-23T12:00", LONDON);
        here = Places.fresh();
        current = listings.listing("Current lunch club").at(here.lat(), here.lon()).capacity(3, 12).save().toString();
        stale = listings.listing("Stale lunch club").at(here.latAt(50), here.lon())
                .assured(LocalDate.of(2025, 10, 1)).capacity(0, 10).save().toString();
        referralOnly = listings.listing("Referral-only lunch club").at(here.latAt(100), here.lon())
                .route("link_worker_referral").save().toString();
        draft = listings.listing("Draft lunch club").at(here.latAt(150), here.lon()).draft().save();
        inactive = listings.listing("Inactive lunch club").at(here.latAt(200), here.lon()).status("inactive").save().toString();
        closed = listings.listing("Closed lunch club").at(here.latAt(250), here.lon()).status("temporarily closed").save().toString();
        listings.index();
    }

    @AfterEach
    void realTimeAndNoToken() {
        clock.reset();
        Bearer.clear();
    }

    @Test
    void residentsSeeOnlyActiveVerifiedRecentlyAssuredSelfReferralListingsAndNoCapacity() {
        SearchResults results = near().resident();

        assertThat(serviceIds(results)).containsExactly(current);
        ServiceHit hit = results.getResults().get(0);
        assertThat(hit.getCapacityAvailable()).isNull();
        assertThat(hit.getStale()).isNull();
    }

    @Test
    void linkWorkersAlsoSeeReferralOnlyAndStaleListingsFlaggedWithCapacity() {
        users.actAs(Role.LINK_WORKER);
        SearchResults results = near().linkWorker();

        assertThat(serviceIds(results)).containsExactlyInAnyOrder(current, stale, referralOnly);
        assertThat(hit(results, stale).getStale()).isTrue();
        assertThat(hit(results, current).getStale()).isFalse();
        assertThat(hit(results, current).getCapacityAvailable()).isEqualTo(3);
        assertThat(hit(results, current).getCapacityMaximum()).isEqualTo(12);

        SearchQuery withRoom = near();
        withRoom.hasCapacity = true;
        assertThat(serviceIds(withRoom.linkWorker())).containsExactly(current);
    }

    @Test
    void theLinkWorkerSearchIsForLinkWorkersCoordinatorsAndAdmins() {
        expectProblem(HttpStatus.UNAUTHORIZED, () -> near().linkWorker());
        users.actAs(Role.RESIDENT);
        expectProblem(HttpStatus.FORBIDDEN, () -> near().linkWorker());
        users.actAs(Role.GROUP_EDITOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> near().linkWorker());
        users.actAs(Role.COORDINATOR);
        assertThat(serviceIds(near().linkWorker())).contains(stale);
        users.actAs(Role.ADMIN);
        assertThat(serviceIds(near().linkWorker())).contains(stale);
    }

    @Test
    void aListingPastItsAssuranceWindowDisappearsForResidentsWithoutReindexing() {
        UUID ageing = UUID.fromString(listings.listing("Ageing lunch club").at(here.latAt(300), here.lon())
                .assured(LocalDate.of(2025, 11, 24)).save().toString());
        listings.index();
        assertThat(serviceIds(near().resident())).contains(ageing.toString());

        // two days on, its assurance is more than 12 months old; nothing was written or indexed
        clock.set("2026-11-25T12:00", LONDON);
        assertThat(serviceIds(near().resident())).doesNotContain(ageing.toString()).contains(current);
        users.actAs(Role.LINK_WORKER);
        assertThat(hit(near().linkWorker(), ageing.toString()).getStale()).isTrue();

        // re-assured: back for residents
        listings.assure(ageing, LocalDate.of(2026, 11, 25));
        listings.index();
        Bearer.clear();
        assertThat(serviceIds(near().resident())).contains(ageing.toString());
    }

    @Test
    void anEditAVerificationAndAnUnpublishEachReachSearch() {
        listings.rename(UUID.fromString(current), "Renamed lunch club");
        listings.verify(draft);
        listings.index();
        SearchResults results = near().resident();
        assertThat(hit(results, current).getName()).isEqualTo("Renamed lunch club");
        assertThat(serviceIds(results)).contains(draft.toString());

        listings.status(draft, "inactive");
        listings.index();
        assertThat(serviceIds(near().resident())).containsExactly(current);
    }

    private SearchQuery near() {
        return new SearchQuery(api).around(here.lat(), here.lon(), 1_000);
    }

    private static ServiceHit hit(SearchResults results, String serviceId) {
        return results.getResults().stream().filter(h -> h.getServiceId().toString().equals(serviceId)).findFirst().orElseThrow();
    }
}
