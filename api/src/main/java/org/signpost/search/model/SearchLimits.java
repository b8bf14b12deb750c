package org.signpost.search.model;

/**
 * The deployment's bounds on a search, so that no request can be expensive.
 *
 * @param maxRadiusM largest radius around a point
 * @param defaultRadiusM radius when a point comes without one
 * @param maxPageSize largest page
 * @param defaultPageSize page size when none is asked for
 * @param maxTextLength longest free text
 */
public record SearchLimits(int maxRadiusM, int defaultRadiusM, int maxPageSize, int defaultPageSize, int maxTextLength) {

    /** A viewport may span at most this many degrees of longitude (half the world). */
    public static final double MAX_LON_SPAN = 180;
    /** A viewport may span at most this many degrees of latitude. */
    public static final double MAX_LAT_SPAN = 90;
}
