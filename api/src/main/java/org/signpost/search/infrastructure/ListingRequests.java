package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.signpost.indexer.SearchFields;
import org.signpost.indexer.ServiceIndex;
import org.signpost.search.application.QueryContext;
import org.signpost.search.application.SearchSettings;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.SearchCriteria;
import org.signpost.search.model.Where;

/**
 * The Elasticsearch requests behind a listing search, built once here so that the API and the
 * benchmark that measures it against raw Elasticsearch send exactly the same thing. Every
 * request reads the read alias, has a server-side timeout, and is bounded: page size, facet and
 * cluster bucket counts are fixed or capped.
 */
@Singleton
public final class ListingRequests {

    static final List<String> SOURCE = List.of(SearchFields.DOC_ID, SearchFields.SERVICE_ID, SearchFields.SERVICE_AT_LOCATION_ID,
            SearchFields.NAME, SearchFields.DESCRIPTION, SearchFields.ORGANISATION_ID, SearchFields.ORGANISATION_NAME,
            SearchFields.LOCATION, SearchFields.LOCATION_NAME, SearchFields.POSTCODE, SearchFields.TOWN, SearchFields.NEED_DIRECT_CODES,
            SearchFields.FREE, SearchFields.MIN_AGE, SearchFields.MAX_AGE, SearchFields.DELIVERY_MODES, SearchFields.REFERRAL_ROUTE,
            SearchFields.ACCESSIBILITY, SearchFields.SCHEDULE_TEXT, SearchFields.SESSIONS, SearchFields.ASSURED_DATE,
            SearchFields.CAPACITY_AVAILABLE, SearchFields.CAPACITY_MAXIMUM);
    /** Totals are counted exactly up to here, then reported as a lower bound. */
    static final int TOTAL_COUNT_LIMIT = 10_000;

    private final ServiceIndex index;
    private final SearchSettings settings;

    ListingRequests(ServiceIndex index, SearchSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /** One page (one more hit than the page holds, to know whether another page follows). */
    public SearchRequest page(SearchCriteria criteria, QueryContext context, List<Object> after) {
        List<Query> filters = new ArrayList<>(ListingFilters.of(criteria, context));
        GeoPoint origin = criteria.where().origin();
        Query query;
        List<SortOptions> sort = new ArrayList<>();
        // ordered by relevance, the text is the scored part of the query; otherwise it only filters
        boolean byRelevance = criteria.sort() == org.signpost.search.model.SortOrder.RELEVANCE;
        if (criteria.hasText() && !byRelevance) {
            filters.add(TextQueries.matching(criteria.text()));
        }
        switch (criteria.sort()) {
            case DISTANCE -> {
                query = Query.of(q -> q.bool(b -> b.filter(filters)));
                sort.add(SortOptions.of(s -> s.geoDistance(g -> g.field(SearchFields.LOCATION).location(ListingFilters.location(origin))
                        .order(SortOrder.Asc).unit(DistanceUnit.Meters))));
            }
            case SOONEST -> {
                query = Query.of(q -> q.bool(b -> b.filter(filters).should(SessionQueries.soonest(context.moment()))));
                sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            }
            default -> {
                Query relevance = criteria.hasText() ? TextQueries.scored(criteria.text(), filters)
                        : Query.of(q -> q.bool(b -> b.filter(filters)));
                query = origin == null ? relevance : nearerFirst(relevance, (Where.Around) criteria.where(), criteria.hasText());
                sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            }
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field(SearchFields.DOC_ID).order(SortOrder.Asc))));
        List<FieldValue> searchAfter = after.stream().map(FieldValue::of).toList();
        return SearchRequest.of(r -> {
            r.index(index.readAlias()).query(query).sort(sort).size(criteria.limit() + 1)
                    .trackTotalHits(t -> t.count(TOTAL_COUNT_LIMIT))
                    .source(src -> src.filter(f -> f.includes(SOURCE)))
                    .timeout(settings.timeout().toMillis() + "ms");
            if (!searchAfter.isEmpty()) {
                r.searchAfter(searchAfter);
            }
            if (criteria.facets() && searchAfter.isEmpty()) {
                r.aggregations(FacetAggregations.of(settings.needFacetSize()));
            }
            return r;
        });
    }

    /**
     * Relevance blended with nearness: a gauss decay on the distance from the point multiplies the
     * text score (or is the score when there is no text). Places with no location (online, phone)
     * count as half near.
     */
    private static Query nearerFirst(Query relevance, Where.Around around, boolean text) {
        String scale = Math.max(1_000, around.radiusM() / 2) + "m";
        return Query.of(q -> q.functionScore(fs -> fs.query(relevance)
                .functions(fn -> fn.gauss(g -> g.geo(geo -> geo.field(SearchFields.LOCATION)
                        .placement(p -> p.origin(ListingFilters.location(around.centre())).scale(scale).decay(0.5)))))
                .functions(fn -> fn.filter(ListingFilters.term(SearchFields.LOCATED, false)).weight(0.5))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(text ? FunctionBoostMode.Multiply : FunctionBoostMode.Replace)));
    }

    /** Grid clusters in the criteria's viewport: one geotile cell per bucket, capped, with each cell's centroid. */
    public SearchRequest clusters(SearchCriteria criteria, QueryContext context, int precision) {
        List<Query> filters = new ArrayList<>(ListingFilters.of(criteria, context));
        if (criteria.hasText()) {
            filters.add(TextQueries.matching(criteria.text()));
        }
        var viewport = ((Where.Within) criteria.where()).viewport();
        return SearchRequest.of(r -> r.index(index.readAlias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)))
                .timeout(settings.timeout().toMillis() + "ms")
                .aggregations("cells", a -> a
                        .geotileGrid(g -> g.field(SearchFields.LOCATION).precision(precision).size(settings.maxClusters())
                                .bounds(bb -> bb.tlbr(t -> t.topLeft(ListingFilters.location(viewport.topLeft()))
                                        .bottomRight(ListingFilters.location(viewport.bottomRight())))))
                        .aggregations("centroid", c -> c.geoCentroid(gc -> gc.field(SearchFields.LOCATION)))));
    }

    static final String SERVICE_SUGGESTIONS = "services";
    static final String ORGANISATION_SUGGESTIONS = "organisations";

    /**
     * Completion suggestions over service names and organisation names (two suggesters, as one
     * document yields one option per suggester); more than asked, as some may be hidden from the audience.
     */
    public SearchRequest suggest(String prefix, int size) {
        return SearchRequest.of(r -> r.index(index.readAlias()).size(0)
                .timeout(settings.timeout().toMillis() + "ms")
                .source(src -> src.filter(f -> f.includes(List.of(SearchFields.SERVICE_ID, SearchFields.NAME,
                        SearchFields.ORGANISATION_NAME, SearchFields.STATUS, SearchFields.VERIFIED, SearchFields.ASSURED_DATE,
                        SearchFields.REFERRAL_ROUTE))))
                .suggest(s -> s
                        .suggesters(SERVICE_SUGGESTIONS, fs -> fs.prefix(prefix)
                                .completion(c -> c.field(SearchFields.SUGGEST).size(size)
                                .skipDuplicates(true).fuzzy(f -> f.fuzziness("AUTO").prefixLength(1).minLength(4))))
                        .suggesters(ORGANISATION_SUGGESTIONS, fs -> fs.prefix(prefix)
                                .completion(c -> c.field(SearchFields.SUGGEST_ORGANISATION)
                                .size(size).skipDuplicates(true).fuzzy(f -> f.fuzziness("AUTO").prefixLength(1).minLength(4))))));
    }
}
