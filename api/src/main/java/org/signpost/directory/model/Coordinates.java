package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.GeoBounds;

/**
 * A location's latitude and longitude: both or neither, each inside its world range, and both
 * inside the deployment's {@link GeoBounds} (a UK deployment does not list places in the sea
 * off Africa because someone swapped the two numbers).
 */
public final class Coordinates {

    private Coordinates() {
    }

    public static void check(Double latitude, Double longitude, GeoBounds bounds, String prefix, Violations violations) {
        String latField = Violations.at(prefix, "latitude");
        String lonField = Violations.at(prefix, "longitude");
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null) {
            violations.add(latitude == null ? latField : lonField, "latitude and longitude must be given together");
            return;
        }
        boolean latInWorld = latitude >= -90 && latitude <= 90 && !latitude.isNaN();
        boolean lonInWorld = longitude >= -180 && longitude <= 180 && !longitude.isNaN();
        if (!latInWorld) {
            violations.add(latField, "must be between -90 and 90");
        }
        if (!lonInWorld) {
            violations.add(lonField, "must be between -180 and 180");
        }
        if (latInWorld && !bounds.containsLatitude(latitude)) {
            violations.add(latField, "is outside this deployment's area (latitude " + bounds.minLatitude() + " to "
                    + bounds.maxLatitude() + ")");
        }
        if (lonInWorld && !bounds.containsLongitude(longitude)) {
            violations.add(lonField, "is outside this deployment's area (longitude " + bounds.minLongitude() + " to "
                    + bounds.maxLongitude() + ")");
        }
    }
}
