package org.signpost.search.model;

/** A WGS84 point. */
public record GeoPoint(double lat, double lon) {

    /** The mean earth radius Elasticsearch uses for arc distances, so our distances agree with its sorting. */
    private static final double EARTH_RADIUS_M = 6_371_008.7714;

    /** Great-circle distance in metres (haversine). */
    public double metresTo(GeoPoint other) {
        double lat1 = Math.toRadians(lat);
        double lat2 = Math.toRadians(other.lat);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.lon - lon);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
