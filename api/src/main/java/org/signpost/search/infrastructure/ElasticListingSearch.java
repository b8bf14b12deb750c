package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.signpost.indexer.ServiceDocument;
import org.signpost.search.application.QueryContext;
import org.signpost.search.application.SearchGateway;
import org.signpost.search.application.SearchSettings;
import org.signpost.search.application.SearchUnavailableException;
import org.signpost.search.model.ClusterPage;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.ListingHit;
import org.signpost.search.model.ListingPage;
import org.signpost.search.model.NameSuggestion;
import org.signpost.search.model.SearchCriteria;

/** {@link SearchGateway} over Elasticsearch with the Java API client: reads only, through the read alias. */
@Singleton
class ElasticListingSearch implements SearchGateway {

    private final ElasticsearchClient client;
    private final ListingRequests requests;

    ElasticListingSearch(ElasticsearchClient client, ListingRequests requests, SearchSettings settings) {
        // the server-side timeout answers first; the socket timeout catches a node that does not answer at all
        int socketTimeout = (int) settings.timeout().toMillis() * 2 + 1_000;
        RequestOptions options = RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(RequestConfig.custom().setConnectTimeout(1_000).setSocketTimeout(socketTimeout).build())
                .build();
        this.client = client.withTransportOptions(new RestClientOptions(options, false));
        this.requests = requests;
    }

    @Override
    public ListingPage search(SearchCriteria criteria, QueryContext context, List<Object> after) {
        SearchResponse<ServiceDocument> response = execute(requests.page(criteria, context, after));
        List<ListingHit> hits = new ArrayList<>();
        response.hits().hits().forEach(hit -> hits.add(ListingHits.read(hit)));
        var total = response.hits().total();
        return new ListingPage(hits, total == null ? hits.size() : total.value(),
                total == null || total.relation() == TotalHitsRelation.Eq, FacetAggregations.read(response.aggregations()));
    }

    @Override
    public ClusterPage clusters(SearchCriteria criteria, QueryContext context, int zoom) {
        int precision = Math.min(29, zoom + 2);
        SearchResponse<ServiceDocument> response = execute(requests.clusters(criteria, context, precision));
        List<ClusterPage.Cluster> clusters = new ArrayList<>();
        long clustered = 0;
        for (GeoTileGridBucket bucket : response.aggregations().get("cells").geotileGrid().buckets().array()) {
            var centroid = bucket.aggregations().get("centroid").geoCentroid().location();
            var latLon = centroid.latlon();
            clusters.add(new ClusterPage.Cluster(bucket.key(), new GeoPoint(latLon.lat(), latLon.lon()), bucket.docCount()));
            clustered += bucket.docCount();
        }
        long total = response.hits().total() == null ? clustered : response.hits().total().value();
        return new ClusterPage(clusters, precision, total, clustered < total);
    }

    @Override
    public List<NameSuggestion> suggest(String prefix, int size, QueryContext context) {
        SearchResponse<ServiceDocument> response = execute(requests.suggest(prefix, size * 4));
        List<NameSuggestion> suggestions = new ArrayList<>();
        collect(response, ListingRequests.SERVICE_SUGGESTIONS, NameSuggestion.Kind.SERVICE, context, suggestions, (size + 1) / 2);
        collect(response, ListingRequests.ORGANISATION_SUGGESTIONS, NameSuggestion.Kind.ORGANISATION, context, suggestions, size);
        collect(response, ListingRequests.SERVICE_SUGGESTIONS, NameSuggestion.Kind.SERVICE, context, suggestions, size);
        return suggestions;
    }

    /** Adds visible, not yet suggested names of one kind until {@code upTo} suggestions are held. */
    private static void collect(SearchResponse<ServiceDocument> response, String suggester, NameSuggestion.Kind kind, QueryContext context,
            List<NameSuggestion> suggestions, int upTo) {
        for (var suggestion : response.suggest().getOrDefault(suggester, List.of())) {
            for (CompletionSuggestOption<ServiceDocument> option : suggestion.completion().options()) {
                ServiceDocument source = option.source();
                boolean seen = suggestions.stream().anyMatch(s -> s.text().equalsIgnoreCase(option.text()));
                if (suggestions.size() < upTo && !seen && source != null && visible(source, context)) {
                    suggestions.add(new NameSuggestion(option.text(), kind, null, source.serviceId()));
                }
            }
        }
    }

    private static boolean visible(ServiceDocument source, QueryContext context) {
        return context.visibility().admits(ListingFilters.facts(source));
    }

    private SearchResponse<ServiceDocument> execute(SearchRequest request) {
        try {
            SearchResponse<ServiceDocument> response = client.search(request, ServiceDocument.class);
            if (Boolean.TRUE.equals(response.timedOut())) {
                throw new SearchUnavailableException("The search index did not answer in time");
            }
            return response;
        } catch (IOException e) {
            throw new SearchUnavailableException("The search index did not answer: " + e.getMessage());
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw new SearchUnavailableException("The search index is busy or down: " + e.error().type());
            }
            throw e;
        }
    }
}
