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
import org.signpost.contract.model.SearchResults;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/** A resident types what they are looking for, with typos, half words and their own words for a need. */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class FindingServicesByTextTest {

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    Places here;
    String befriending;
    String walking;
    String foodBank;

    @BeforeEach
    void aTownWithThreeServices() {
        here = Places.fresh();
        befriending = listings.listing("Brinsworth Befriending Scheme").at(here.lat(), here.lon())
                .description("Trained volunteers visit people at home for a cup of tea and a chat every week.")
                .needs("sp-befriending").save().toString();
        walking = listings.listing("Wickersley Health Walks").at(here.latAt(300), here.lon())
                .description("Gentle guided strolls through the woods, about an hour, every Tuesday morning.")
                .needs("sp-walking-groups").save().toString();
        foodBank = listings.listing("Kimberworth Food Pantry").at(here.latAt(600), here.lon())
                .description("Low-cost groceries for members.")
                .needs("sp-food-banks").save().toString();
        listings.index();
    }

    @Test
    void aTypoStillFindsTheService() {
        assertThat(serviceIds(near("befrending"))).containsExactly(befriending);
        assertThat(serviceIds(near("pantyr"))).containsExactly(foodBank);
    }

    @Test
    void wordsResidentsUseForANeedFindServicesThatNeverSayThem() {
        // nothing in the befriending listing says "lonely": the taxonomy's keywords for its need (and its parent's) do
        assertThat(serviceIds(near("lonely"))).containsExactly(befriending);
        assertThat(serviceIds(near("someone to talk to"))).containsExactly(befriending);
        assertThat(serviceIds(near("hungry"))).containsExactly(foodBank);
    }

    @Test
    void theLastWordMayBeHalfTyped() {
        assertThat(serviceIds(near("health wal"))).containsExactly(walking);
        assertThat(serviceIds(near("kimberw"))).containsExactly(foodBank);
    }

    @Test
    void aParentNeedFindsServicesTaggedWithItsChildren() {
        SearchQuery query = new SearchQuery(api).around(here.lat(), here.lon(), 2_000);
        query.need = List.of("sp-loneliness");
        assertThat(serviceIds(query.resident())).containsExactly(befriending);

        query.need = List.of("sp-physical-activity", "sp-food");
        assertThat(serviceIds(query.resident())).containsExactlyInAnyOrder(walking, foodBank);
    }

    @Test
    void theNameCountsMostAndUnrelatedTextFindsNothing() {
        SearchResults results = near("walks");
        assertThat(serviceIds(results).get(0)).isEqualTo(walking);
        assertThat(serviceIds(near("xylophone orchestra"))).isEmpty();
    }

    private SearchResults near(String text) {
        return new SearchQuery(api).text(text).around(here.lat(), here.lon(), 2_000).resident();
    }
}
