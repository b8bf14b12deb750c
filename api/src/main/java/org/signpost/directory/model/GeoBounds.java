package org.signpost.directory.model;

/**
 * The box a deployment's locations must lie in (inclusive). The default is the United Kingdom
 * with a small margin: latitude 49.8 to 60.9, longitude -8.7 to 1.8.
 */
public record GeoBounds(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    public static final GeoBounds UNITED_KINGDOM = new GeoBounds(49.8, 60.9, -8.7, 1.8);
    public static final GeoBounds WORLD = new GeoBounds(-90, 90, -180, 180);

    public GeoBounds {
        if (minLatitude > maxLatitude || minLongitude > maxLongitude
                || minLatitude < -90 || maxLatitude > 90 || minLongitude < -180 || maxLongitude > 180) {
            throw new IllegalArgumentException("Bounds must be min <= max inside -90..90 and -180..180");
        }
    }

    public boolean containsLatitude(double latitude) {
        return latitude >= minLatitude && latitude <= maxLatitude;
    }

    public boolean containsLongitude(double longitude) {
        return longitude >= minLongitude && longitude <= maxLongitude;
    }
}
