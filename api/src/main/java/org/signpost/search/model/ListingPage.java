package org.signpost.search.model;

import java.util.List;

/** One page of hits, the total (exact up to the index's counting limit) and the facets when asked for. */
public record ListingPage(List<ListingHit> hits, long total, boolean totalExact, Facets facets) {
}
