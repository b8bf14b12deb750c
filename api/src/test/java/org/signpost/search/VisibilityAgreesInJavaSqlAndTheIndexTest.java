package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.ServiceHit;
import org.signpost.directory.application.DirectoryCalendar;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ResidentVisibility.Viewer;
import org.signpost.directory.model.Verification;
import org.signpost.security.model.Role;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;
import org.signpost.testing.Bearer;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;

/**
 * The visibility rule has one definition ({@link ResidentVisibility.Criteria#conditions()}) and three
 * renderings: the Java decision, the SQL filter (the ORUK feed's) and the index filter (search's). Over
 * listings generated in every combination of verification, status, assurance (never, in the window,
 * on its last day, a day past it), referral route and withdrawal, all three pick the same listings for
 * the public and for link workers, and link workers see exactly the listings past the window flagged stale.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
class VisibilityAgreesInJavaSqlAndTheIndexTest {

    private static final List<String> STATUSES = List.of("active", "active", "active", "inactive", "temporarily closed", "defunct");

    @Inject
    SearchListings listings;

    @Inject
    SearchApi search;

    @Inject
    TestDatabase database;

    @Inject
    TestUsers users;

    @Inject
    ResidentVisibility visibility;

    @Inject
    DirectoryCalendar calendar;

    @AfterEach
    void noToken() {
        Bearer.clear();
    }

    @Test
    void javaSqlAndTheIndexShowTheSameListingsToEachViewer() {
        String tag = "vq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LocalDate today = calendar.today();
        LocalDate cutoff = visibility.oldestVisibleAssuredDate(today);
        List<LocalDate> assured = java.util.Arrays.asList(null, today, today.minusMonths(3), cutoff, cutoff.minusDays(1),
                today.minusMonths(13));
        Random random = new Random(20261203);
        Map<String, ResidentVisibility.Facts> generated = new HashMap<>();
        for (int i = 0; i < 45; i++) {
            ServiceStatus status = ServiceStatus.fromCode(STATUSES.get(random.nextInt(STATUSES.size()))).orElseThrow();
            ReferralRoute route = ReferralRoute.values()[random.nextInt(ReferralRoute.values().length)];
            LocalDate assuredOn = assured.get(random.nextInt(assured.size()));
            Verification verification = random.nextInt(5) == 0 ? Verification.DRAFT : Verification.VERIFIED;
            SearchListings.Listing listing = listings.listing("Generated group " + i + " " + tag).status(status.code())
                    .route(route.code()).assured(assuredOn);
            if (verification == Verification.DRAFT) {
                listing.draft();
            }
            UUID id = listing.save();
            if (assuredOn == null) {
                database.update("UPDATE service SET assured_date = NULL WHERE id = ?", id.toString());
            }
            Instant deletedAt = null;
            if (random.nextInt(8) == 0) {
                listings.delete(id);
                deletedAt = Instant.now();
            }
            generated.put(id.toString(), new ResidentVisibility.Facts(verification, status, deletedAt, assuredOn, route));
        }
        listings.index();

        for (Viewer viewer : Viewer.values()) {
            ResidentVisibility.Criteria criteria = visibility.criteria(viewer, today);
            Set<String> java = new HashSet<>();
            generated.forEach((id, facts) -> {
                if (criteria.admits(facts)) {
                    java.add(id);
                }
            });
            assertThat(java).as("the generated states show %s some listings and hide others", viewer).isNotEmpty()
                    .hasSizeLessThan(generated.size() - 5);
            assertThat(sql(criteria, tag)).as("the SQL filter for %s", viewer).isEqualTo(java);
            assertThat(index(viewer, tag).keySet()).as("the index filter for %s", viewer).isEqualTo(java);
        }
        for (ServiceHit hit : index(Viewer.LINK_WORKER, tag).values()) {
            ResidentVisibility.Facts facts = generated.get(hit.getServiceId().toString());
            assertThat(hit.getStale()).as("stale flag of %s", facts)
                    .isEqualTo(!visibility.criteria(Viewer.PUBLIC, today).admits(new ResidentVisibility.Facts(facts.verification(),
                            facts.status(), null, facts.assuredDate(), ReferralRoute.SELF_REFERRAL)));
        }
    }

    private Set<String> sql(ResidentVisibility.Criteria criteria, String tag) {
        ResidentVisibility.SqlFilter filter = criteria.sql("s");
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add("%" + tag);
        return new HashSet<>(database.strings("SELECT s.id FROM service s WHERE " + filter.where() + " AND s.name LIKE ?",
                parameters.toArray()));
    }

    private Map<String, ServiceHit> index(Viewer viewer, String tag) {
        SearchQuery query = new SearchQuery(search).text(tag).limit(50);
        SearchResults results;
        if (viewer == Viewer.LINK_WORKER) {
            users.actAs(Role.LINK_WORKER);
            results = query.linkWorker();
            Bearer.clear();
        } else {
            results = query.resident();
        }
        assertThat(results.getNextCursor()).as("one page holds them all").isNull();
        Map<String, ServiceHit> hits = new HashMap<>();
        results.getResults().forEach(hit -> hits.put(hit.getServiceId().toString(), hit));
        return hits;
    }
}
