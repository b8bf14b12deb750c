package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.ClusterResults;
import org.signpost.contract.model.MapCluster;
import org.signpost.contract.model.Suggestion;
import org.signpost.contract.model.SuggestionKind;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * A zoomed-out map shows clusters, not thousands of pins; the search box suggests as you type.
 * The cluster cap is 3 here so that a capped answer can be seen.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
@Property(name = "signpost.search.max-clusters", value = "3")
class MapClustersAndSuggestionsTest {

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    @Test
    void aZoomedOutViewportGetsOneClusterPerTownWithItsCentroidAndCount() {
        Places town = Places.fresh();
        for (int i = 0; i < 5; i++) {
            double[] at = town.offset(i * 20.0, 0);
            listings.listing("Town group " + i).at(at[0], at[1]).needs(i < 2 ? "sp-dance" : "sp-cycling").save();
        }
        double[] village = town.offset(0, 20_000);
        for (int i = 0; i < 3; i++) {
            listings.listing("Village group " + i).at(village[0] + i * 0.0002, village[1]).needs("sp-dance").save();
        }
        listings.index();
        double[] nw = town.offset(5_000, -5_000);
        double[] se = town.offset(-5_000, 25_000);

        ClusterResults clusters = new SearchQuery(api).viewport(nw[0], nw[1], se[0], se[1]).clusters(9);

        assertThat(clusters.getTotal()).isEqualTo(8);
        assertThat(clusters.getTruncated()).isFalse();
        assertThat(clusters.getPrecision()).isEqualTo(11);
        List<MapCluster> sorted = clusters.getClusters().stream().sorted(Comparator.comparing(MapCluster::getCount).reversed()).toList();
        assertThat(sorted).extracting(MapCluster::getCount).containsExactly(5L, 3L);
        assertThat(sorted.get(0).getCentroid().getLat()).isCloseTo(town.latAt(40), within(0.0005));
        assertThat(sorted.get(0).getCentroid().getLon()).isCloseTo(town.lon(), within(0.0005));
        assertThat(sorted.get(1).getCentroid().getLon()).isCloseTo(village[1], within(0.0005));
        assertThat(sorted.get(0).getKey()).startsWith("11/");

        SearchQuery dance = new SearchQuery(api).viewport(nw[0], nw[1], se[0], se[1]);
        dance.need = List.of("sp-dance");
        assertThat(dance.clusters(9).getClusters()).extracting(MapCluster::getCount).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void theNumberOfClustersIsCappedAndTheAnswerSaysSo() {
        Places area = Places.fresh();
        for (int i = 0; i < 5; i++) {
            double[] at = area.offset(0, i * 10_000.0);
            listings.listing("Spread group " + i).at(at[0], at[1]).save();
        }
        listings.index();
        double[] nw = area.offset(2_000, -2_000);
        double[] se = area.offset(-2_000, 42_000);

        ClusterResults clusters = new SearchQuery(api).viewport(nw[0], nw[1], se[0], se[1]).clusters(12);

        assertThat(clusters.getClusters()).hasSize(3);
        assertThat(clusters.getTotal()).isEqualTo(5);
        assertThat(clusters.getTruncated()).isTrue();
    }

    @Test
    void suggestionsOfferNeedsThenNamesResidentsCanSee() {
        String unique = "Quillwort" + Long.toString(System.nanoTime(), 36);
        listings.listing(unique + " Walkers").at(53.4, -1.3).save();
        listings.listing(unique + " Old Timers").at(53.4, -1.3).assured(LocalDate.now().minusMonths(14)).save();
        listings.index();

        List<Suggestion> names = api.searchSuggest(unique.substring(0, 9).toLowerCase(), 8).getSuggestions();
        assertThat(names).extracting(Suggestion::getText).contains(unique + " Walkers", unique + " Walkers trust")
                .doesNotContain(unique + " Old Timers");
        assertThat(names).filteredOn(s -> s.getText().equals(unique + " Walkers")).singleElement()
                .satisfies(s -> assertThat(s.getKind()).isEqualTo(SuggestionKind.SERVICE));
        assertThat(names).filteredOn(s -> s.getText().equals(unique + " Walkers trust")).singleElement()
                .satisfies(s -> assertThat(s.getKind()).isEqualTo(SuggestionKind.ORGANISATION));

        // one letter wrong
        assertThat(api.searchSuggest("quilwort", 8).getSuggestions()).extracting(Suggestion::getText).contains(unique + " Walkers");

        List<Suggestion> needs = api.searchSuggest("befr", 4).getSuggestions();
        assertThat(needs.get(0).getKind()).isEqualTo(SuggestionKind.NEED);
        assertThat(needs.get(0).getText()).isEqualTo("Befriending");
        assertThat(needs.get(0).getNeedCode()).isEqualTo("sp-befriending");
        assertThat(api.searchSuggest("lonel", 4).getSuggestions()).extracting(Suggestion::getNeedCode).contains("sp-loneliness");
    }
}
