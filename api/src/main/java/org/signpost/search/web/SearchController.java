package org.signpost.search.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.signpost.contract.model.AccessibilityFeature;
import org.signpost.contract.model.ClusterResults;
import org.signpost.contract.model.ReferralRoute;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.SearchSort;
import org.signpost.contract.model.SuggestResults;
import org.signpost.contract.model.Weekday;
import org.signpost.contract.server.SearchApi;
import org.signpost.search.application.ServiceSearch;
import org.signpost.search.model.Audience;
import org.signpost.search.model.SearchParameters;

/** Search for residents (anonymous allowed) and link workers, map clusters and autocomplete. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController implements SearchApi {

    private final ServiceSearch search;

    SearchController(ServiceSearch search) {
        this.search = search;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public SearchResults searchServices(String q, Double lat, Double lon, String postcode, Integer radiusM, Double topLeftLat,
            Double topLeftLon, Double bottomRightLat, Double bottomRightLon, Boolean includeRemote, List<String> need, Weekday day,
            String startTime, String endTime, Boolean onNow, Boolean free, List<AccessibilityFeature> accessibility, Integer age,
            List<String> deliveryMode, ReferralRoute referralRoute, SearchSort sort, Boolean facets, Integer limit,
            String cursor) {
        SearchParameters parameters = new SearchParameters(q, lat, lon, postcode, radiusM, topLeftLat, topLeftLon, bottomRightLat,
                bottomRightLon, yes(includeRemote), need, wire(day), startTime, endTime, yes(onNow), yes(free), sent("accessibility"),
                age, wires(deliveryMode), wire(referralRoute), false, wire(sort), facets == null || facets, limit);
        return SearchResponses.results(search.search(parameters, cursor, Audience.RESIDENT));
    }

    @Override
    @Secured({"LINK_WORKER", "COORDINATOR", "ADMIN"})
    public SearchResults searchServicesForLinkWorker(String q, Double lat, Double lon, String postcode, Integer radiusM,
            Double topLeftLat, Double topLeftLon, Double bottomRightLat, Double bottomRightLon, Boolean includeRemote,
            List<String> need, Weekday day, String startTime, String endTime, Boolean onNow, Boolean free,
            List<AccessibilityFeature> accessibility, Integer age, List<String> deliveryMode, ReferralRoute referralRoute,
            Boolean hasCapacity, SearchSort sort, Boolean facets, Integer limit, String cursor) {
        SearchParameters parameters = new SearchParameters(q, lat, lon, postcode, radiusM, topLeftLat, topLeftLon, bottomRightLat,
                bottomRightLon, yes(includeRemote), need, wire(day), startTime, endTime, yes(onNow), yes(free), sent("accessibility"),
                age, wires(deliveryMode), wire(referralRoute), yes(hasCapacity), wire(sort), facets == null || facets, limit);
        return SearchResponses.results(search.search(parameters, cursor, Audience.LINK_WORKER));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ClusterResults searchClusters(Double topLeftLat, Double topLeftLon, Double bottomRightLat, Double bottomRightLon,
            Integer zoom, String q, List<String> need, Weekday day, String startTime, String endTime, Boolean onNow, Boolean free,
            List<AccessibilityFeature> accessibility, Integer age, List<String> deliveryMode, ReferralRoute referralRoute) {
        SearchParameters parameters = new SearchParameters(q, null, null, null, null, topLeftLat, topLeftLon, bottomRightLat,
                bottomRightLon, false, need, wire(day), startTime, endTime, yes(onNow), yes(free), sent("accessibility"), age,
                wires(deliveryMode), wire(referralRoute), false, null, false, null);
        return SearchResponses.clusters(search.clusters(parameters, zoom));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public SuggestResults searchSuggest(String prefix, Integer limit) {
        return SearchResponses.suggestions(search.suggest(prefix, limit == null ? 8 : limit));
    }

    private static boolean yes(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String wire(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * A repeated query parameter as sent. Binding it to a list of enums drops each value it cannot convert, and a
     * filter lost that way would silently widen the search: the rules check what was sent and name what is unknown.
     */
    private static List<String> sent(String parameter) {
        return ServerRequestContext.currentRequest().map(request -> request.getParameters().getAll(parameter)).orElse(List.of());
    }

    private static List<String> wires(@Nullable List<?> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }
}
