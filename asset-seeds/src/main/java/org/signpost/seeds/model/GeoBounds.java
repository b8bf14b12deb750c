package org.signpost.seeds.model;

/**
 * A latitude/longitude box a deployment accepts coordinates in (e.g. the United Kingdom).
 *
 * @param name         for messages, e.g. "the United Kingdom"
 * @param minLatitude  southern edge, degrees
 * @param maxLatitude  northern edge
 * @param minLongitude western edge
 * @param maxLongitude eastern edge
 */
public record GeoBounds(String name, double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    /** Great Britain, Northern Ireland and the Isles of Scilly, generously boxed (not the Channel Islands). */
    public static final GeoBounds UNITED_KINGDOM = new GeoBounds("the United Kingdom", 49.8, 60.95, -8.7, 1.85);

    /** England, roughly boxed (it also holds most of Wales). */
    public static final GeoBounds ENGLAND = new GeoBounds("England", 49.85, 55.85, -6.45, 1.80);

    public GeoBounds {
        if (!(minLatitude <= maxLatitude) || !(minLongitude <= maxLongitude)) {
            throw new IllegalArgumentException("empty bounds " + name);
        }
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= minLatitude && latitude <= maxLatitude
                && longitude >= minLongitude && longitude <= maxLongitude;
    }
}
