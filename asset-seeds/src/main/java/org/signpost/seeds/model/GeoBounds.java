package org.signpost.seeds.model;

/**
 * A latitude/longitude box (inclusive) a deployment accepts coordinates in: the ORUK importer's
 * area and the API's listing rule use this one type.
 *
 * @param name         for messages, e.g. "the United Kingdom"
 * @param minLatitude  southern edge, degrees
 * @param maxLatitude  northern edge
 * @param minLongitude western edge
 * @param maxLongitude eastern edge
 */
public record GeoBounds(String name, double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    /**
     * The United Kingdom: Great Britain, Northern Ireland and the Isles of Scilly (not the Channel
     * Islands, not Rockall), latitude 49.8 to 60.9 and longitude -8.7 to 1.8. Its extreme points are
     * Out Stack, Shetland (60.86 N), Lowestoft Ness (1.76 E), the Western Rocks of Scilly (49.86 N)
     * and the west of County Fermanagh (8.18 W), so each edge keeps a few kilometres of margin and
     * no more: 60.95 / 1.85, which the importer once used, only added North Sea. These are also the
     * API's configured defaults ({@code signpost.directory.bounds}).
     */
    public static final GeoBounds UNITED_KINGDOM = new GeoBounds("the United Kingdom", 49.8, 60.9, -8.7, 1.8);

    /** England, roughly boxed (it also holds most of Wales). */
    public static final GeoBounds ENGLAND = new GeoBounds("England", 49.85, 55.85, -6.45, 1.80);

    /** Anywhere on Earth. */
    public static final GeoBounds WORLD = new GeoBounds("the world", -90, 90, -180, 180);

    public GeoBounds {
        if (!(minLatitude <= maxLatitude) || !(minLongitude <= maxLongitude)
                || minLatitude < -90 || maxLatitude > 90 || minLongitude < -180 || maxLongitude > 180) {
            throw new IllegalArgumentException("Bounds " + name + " must be min <= max inside -90..90 and -180..180");
        }
    }

    public boolean contains(double latitude, double longitude) {
        return containsLatitude(latitude) && containsLongitude(longitude);
    }

    public boolean containsLatitude(double latitude) {
        return latitude >= minLatitude && latitude <= maxLatitude;
    }

    public boolean containsLongitude(double longitude) {
        return longitude >= minLongitude && longitude <= maxLongitude;
    }
}
