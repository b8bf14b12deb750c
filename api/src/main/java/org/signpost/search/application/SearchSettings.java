package org.signpost.search.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.signpost.search.model.SearchLimits;

/**
 * How search behaves in this deployment ({@code signpost.search.*}). Where "on now", days and times
 * are reckoned is the deployment's one zone, {@code signpost.directory.zone} ({@code DirectoryCalendar}).
 *
 * @param maxRadiusM largest radius around a point, metres
 * @param defaultRadiusM radius when a point comes without one
 * @param maxPageSize largest page of results
 * @param defaultPageSize page size when none is asked for
 * @param maxQueryLength longest free text, characters
 * @param maxClusters most map clusters one request returns
 * @param needFacetSize most needs counted in the facets
 * @param timeout how long Elasticsearch may take over one request
 */
@ConfigurationProperties("signpost.search")
public record SearchSettings(
        @Bindable(defaultValue = "50000") int maxRadiusM,
        @Bindable(defaultValue = "10000") int defaultRadiusM,
        @Bindable(defaultValue = "50") int maxPageSize,
        @Bindable(defaultValue = "20") int defaultPageSize,
        @Bindable(defaultValue = "200") int maxQueryLength,
        @Bindable(defaultValue = "1000") int maxClusters,
        @Bindable(defaultValue = "30") int needFacetSize,
        @Bindable(defaultValue = "2s") Duration timeout) {

    public SearchLimits limits() {
        return new SearchLimits(maxRadiusM, defaultRadiusM, maxPageSize, defaultPageSize, maxQueryLength);
    }
}
