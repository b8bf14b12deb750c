package org.signpost.bench;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.signpost.search.application.QueryContext;
import org.signpost.search.infrastructure.ListingRequests;
import org.signpost.search.model.Audience;
import org.signpost.search.model.SearchCriteria;
import org.signpost.search.model.SearchLimits;
import org.signpost.search.model.SearchParameterRules;
import org.signpost.search.model.SearchParameters;
import org.signpost.seeds.geo.OutcodeCentroid;

/**
 * The benchmark's requests, each twice: as the API call a phone makes, and as the exact
 * Elasticsearch request the API sends for it (built by the same {@link ListingRequests}), so
 * the two can be timed side by side. Deterministic for a given seed.
 */
final class QueryMix {

    static final List<String> WORDS = List.of("walking", "befriending", "lonely", "food bank", "yoga", "coffee morning",
            "debt advice", "art class", "gardening", "dementia", "choir", "carers", "youth club", "mens shed", "befrending",
            "wlaking group", "exercise", "bereavement", "english class", "computer help", "dance", "swimming", "cooking");
    private static final List<String> TOP_NEEDS = List.of("sp-loneliness", "sp-physical-activity", "sp-mental-wellbeing",
            "sp-money", "sp-food", "sp-arts-creativity");
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA");

    /** One request in its two forms. */
    record Pair(LoadRunner.Call api, LoadRunner.Call raw) {
    }

    private final URI api;
    private final URI elasticsearch;
    private final String readAlias;
    private final ListingRequests requests;
    private final JsonpMapper mapper;
    private final SearchLimits limits;
    private final SearchParameterRules.Lookups lookups;
    private final QueryContext context;
    private final List<OutcodeCentroid> places;

    QueryMix(URI api, URI elasticsearch, String readAlias, ListingRequests requests, JsonpMapper mapper, SearchLimits limits,
            SearchParameterRules.Lookups lookups, QueryContext context, List<OutcodeCentroid> places) {
        this.api = api;
        this.elasticsearch = elasticsearch;
        this.readAlias = readAlias;
        this.requests = requests;
        this.mapper = mapper;
        this.limits = limits;
        this.lookups = lookups;
        this.context = context;
        this.places = places;
    }

    /** Text near a point within a radius, with one filter in two of three requests; relevance blended with distance. */
    List<Pair> textNearPoint(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OutcodeCentroid place = places.get(random.nextInt(places.size()));
            String q = WORDS.get(random.nextInt(WORDS.size()));
            int radius = List.of(5_000, 10_000, 20_000).get(random.nextInt(3));
            int filter = random.nextInt(3);
            boolean free = filter == 1 && random.nextBoolean();
            String need = filter == 1 && !free ? TOP_NEEDS.get(random.nextInt(TOP_NEEDS.size())) : null;
            String day = filter == 2 ? DAYS.get(random.nextInt(DAYS.size())) : null;
            StringBuilder query = new StringBuilder("/search/services?q=").append(encode(q)).append("&lat=").append(place.latitude())
                    .append("&lon=").append(place.longitude()).append("&radius_m=").append(radius);
            if (free) {
                query.append("&free=true");
            }
            if (need != null) {
                query.append("&need=").append(need);
            }
            if (day != null) {
                query.append("&day=").append(day);
            }
            SearchParameters parameters = new SearchParameters(q, place.latitude(), place.longitude(), null, radius, null, null, null,
                    null, false, need == null ? List.of() : List.of(need), day, null, null, false, free, List.of(), null, List.of(),
                    null, false, null, true, null);
            pairs.add(new Pair(get(query.toString()), raw(requests.page(criteria(parameters), context, List.of()))));
        }
        return pairs;
    }

    /** Clusters for a county-sized viewport at zoom 9, free-only in half the requests. */
    List<Pair> viewportClusters(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OutcodeCentroid place = places.get(random.nextInt(places.size()));
            double north = place.latitude() + 0.4;
            double south = place.latitude() - 0.4;
            double west = place.longitude() - 0.6;
            double east = place.longitude() + 0.6;
            boolean free = random.nextBoolean();
            int zoom = 9;
            String query = "/search/clusters?top_left_lat=" + north + "&top_left_lon=" + west + "&bottom_right_lat=" + south
                    + "&bottom_right_lon=" + east + "&zoom=" + zoom + (free ? "&free=true" : "");
            SearchParameters parameters = new SearchParameters(null, null, null, null, null, north, west, south, east, false,
                    List.of(), null, null, null, false, free, List.of(), null, List.of(), null, false, null, false, null);
            pairs.add(new Pair(get(query), raw(requests.clusters(criteria(parameters), context, zoom + 2))));
        }
        return pairs;
    }

    /** Autocomplete on the first 3 to 6 letters of a word. */
    List<Pair> suggest(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            String prefix = word.substring(0, Math.min(word.length(), 3 + random.nextInt(4)));
            pairs.add(new Pair(get("/search/suggest?prefix=" + encode(prefix) + "&limit=8"), raw(requests.suggest(prefix, 8 * 4))));
        }
        return pairs;
    }

    private SearchCriteria criteria(SearchParameters parameters) {
        SearchParameterRules.Decision decision = SearchParameterRules.check(parameters, Audience.RESIDENT, limits, lookups);
        if (!decision.valid()) {
            throw new IllegalStateException("benchmark query invalid: " + decision.violations());
        }
        return decision.criteria();
    }

    private LoadRunner.Call get(String pathAndQuery) {
        return new LoadRunner.Call(api.resolve(pathAndQuery), null);
    }

    private LoadRunner.Call raw(SearchRequest request) {
        return new LoadRunner.Call(elasticsearch.resolve("/" + readAlias + "/_search"), JsonpUtils.toJsonString(request, mapper));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
