package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.DeliveryMode;
import org.signpost.contract.model.NeedFacet;
import org.signpost.contract.model.SearchFacets;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.SearchSort;
import org.signpost.contract.model.ServiceHit;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/** Counts that describe the whole result, and pages that neither repeat nor skip. */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class FacetsAndPagingTest {

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    Places here;
    List<String> all;

    /** 25 services: 10 walking groups (free, in person), 8 befriending (paid, by phone), 7 food banks (free, online and in person). */
    @BeforeEach
    void twentyFiveServices() {
        here = Places.fresh();
        all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            double[] at = here.offset(i * 40.0, 0);
            var listing = listings.listing("Service " + i).at(at[0], at[1]);
            if (i < 10) {
                listing.needs("sp-walking-groups");
            } else if (i < 18) {
                listing.needs("sp-befriending").costs("2.50").modes("[\"phone\"]");
            } else {
                listing.needs("sp-food-banks").modes("[\"in_person\", \"online\"]");
            }
            all.add(listing.save().toString());
        }
        listings.index();
    }

    @Test
    void facetsCountTheWholeQueryPerNeedIncludingParentsPerCostAndPerDeliveryMode() {
        SearchResults results = near().limit(5).resident();

        assertThat(results.getTotal()).isEqualTo(25);
        assertThat(results.getTotalIsExact()).isTrue();
        SearchFacets facets = results.getFacets();
        Map<String, Long> needs = facets.getNeeds().stream().collect(Collectors.toMap(NeedFacet::getCode, NeedFacet::getCount));
        assertThat(needs).containsEntry("sp-walking-groups", 10L).containsEntry("sp-physical-activity", 10L)
                .containsEntry("sp-befriending", 8L).containsEntry("sp-loneliness", 8L)
                .containsEntry("sp-food-banks", 7L).containsEntry("sp-food", 7L).hasSize(6);
        assertThat(facets.getNeeds()).filteredOn(n -> n.getCode().equals("sp-befriending")).singleElement()
                .satisfies(n -> assertThat(n.getName()).isEqualTo("Befriending"));
        assertThat(facets.getCost().getFree()).isEqualTo(17);
        assertThat(facets.getCost().getPaid()).isEqualTo(8);
        assertThat(facets.getDeliveryModes()).anySatisfy(m -> {
            assertThat(m.getMode()).isEqualTo(DeliveryMode.IN_PERSON);
            assertThat(m.getCount()).isEqualTo(17);
        });

        SearchQuery freeOnly = near();
        freeOnly.free = true;
        SearchResults free = freeOnly.resident();
        assertThat(free.getTotal()).isEqualTo(17);
        assertThat(free.getFacets().getCost().getPaid()).isZero();
    }

    @Test
    void pagingFollowsTheCursorWithoutRepeatsOrGapsAndInTheSameOrderEveryTime() {
        for (SearchSort sort : new SearchSort[] {SearchSort.RELEVANCE, SearchSort.DISTANCE, SearchSort.SOONEST}) {
            List<String> first = pageThrough(sort, 7);
            assertThat(first).as(sort.getValue()).hasSize(25).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(pageThrough(sort, 7)).as(sort.getValue()).isEqualTo(first);
            assertThat(pageThrough(sort, 25)).as(sort.getValue()).isEqualTo(first);
        }
        // nearest first, 40 m apart
        assertThat(pageThrough(SearchSort.DISTANCE, 7)).isEqualTo(all);
    }

    @Test
    void onlyTheFirstPageCarriesFacetsAndTheLastHasNoCursor() {
        SearchResults first = near().limit(20).resident();
        assertThat(first.getFacets()).isNotNull();
        SearchQuery next = near().limit(20);
        next.cursor = first.getNextCursor();
        SearchResults second = next.resident();
        assertThat(second.getFacets()).isNull();
        assertThat(second.getResults()).hasSize(5);
        assertThat(second.getNextCursor()).isNull();
    }

    private List<String> pageThrough(SearchSort sort, int size) {
        SearchQuery query = near().sort(sort).limit(size);
        List<ServiceHit> hits = query.allPagesAsResident();
        assertThat(new HashSet<>(hits.stream().map(ServiceHit::getId).toList())).hasSize(hits.size());
        return hits.stream().map(hit -> hit.getServiceId().toString()).toList();
    }

    private SearchQuery near() {
        return new SearchQuery(api).around(here.lat(), here.lon(), 5_000);
    }
}
