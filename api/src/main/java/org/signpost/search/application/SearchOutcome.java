package org.signpost.search.application;

import java.time.ZoneId;
import java.util.List;
import org.signpost.search.model.Facets;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.ShownListing;

/**
 * One page of a search as its audience sees it.
 *
 * @param nextCursor null on the last page
 * @param origin the point distances are measured from (given, or a postcode's centre), or null
 * @param facets null unless asked for, on the first page
 * @param zone the zone next sessions are reckoned in
 */
public record SearchOutcome(List<ShownListing> results, long total, boolean totalExact, String nextCursor, GeoPoint origin,
        Facets facets, ZoneId zone) {
}
