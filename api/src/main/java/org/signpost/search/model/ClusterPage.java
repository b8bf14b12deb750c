package org.signpost.search.model;

import java.util.List;

/**
 * Map clusters: one per grid cell holding results, at a precision chosen from the zoom.
 * {@code truncated} when the cap left cells out.
 */
public record ClusterPage(List<Cluster> clusters, int precision, long total, boolean truncated) {

    /** A grid cell ({@code zoom/x/y}) with the centroid of its results and how many there are. */
    public record Cluster(String key, GeoPoint centroid, long count) {
    }
}
