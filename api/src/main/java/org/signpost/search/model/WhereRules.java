package org.signpost.search.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.signpost.platform.errors.FieldViolation;

/**
 * Decides where a search looks: a point (lat/lon or a postcode) with a radius, a viewport, or
 * anywhere; names every parameter that makes the place impossible or too big.
 */
public final class WhereRules {

    private WhereRules() {
    }

    /**
     * @param postcodes the centre of a postcode or outcode; empty when it is not one or is unknown
     * @param postcodeSyntax whether text is shaped like a UK postcode or outcode
     */
    public static Optional<Where> decide(SearchParameters p, SearchLimits limits, Function<String, Optional<GeoPoint>> postcodes,
            Function<String, Boolean> postcodeSyntax, List<FieldViolation> violations) {
        int before = violations.size();
        boolean postcode = p.postcode() != null && !p.postcode().isBlank();
        if (p.hasPoint() && p.lat() == null) {
            violations.add(new FieldViolation("lat", "give lat and lon together"));
        }
        if (p.hasPoint() && p.lon() == null) {
            violations.add(new FieldViolation("lon", "give lat and lon together"));
        }
        if (p.hasPoint() && postcode) {
            violations.add(new FieldViolation("postcode", "give either lat and lon or a postcode, not both"));
        }
        if (p.hasViewport() && (p.hasPoint() || postcode)) {
            violations.add(new FieldViolation(p.hasPoint() ? "lat" : "postcode", "give a point or a viewport, not both"));
            violations.add(new FieldViolation("top_left_lat", "give a point or a viewport, not both"));
        }
        if (p.radiusM() != null && !p.hasPoint() && !postcode) {
            violations.add(new FieldViolation("radius_m", "a radius needs lat and lon or a postcode"));
        }
        if (p.radiusM() != null && p.radiusM() <= 0) {
            violations.add(new FieldViolation("radius_m", "must be above 0"));
        }
        if (p.radiusM() != null && p.radiusM() > limits.maxRadiusM()) {
            violations.add(new FieldViolation("radius_m", "must be at most " + limits.maxRadiusM()));
        }
        GeoPoint centre = null;
        if (p.hasPoint()) {
            checkLatLon(p.lat(), p.lon(), "lat", "lon", violations);
            if (p.lat() != null && p.lon() != null) {
                centre = new GeoPoint(p.lat(), p.lon());
            }
        } else if (postcode) {
            String text = p.postcode().trim();
            if (!postcodeSyntax.apply(text)) {
                violations.add(new FieldViolation("postcode", "is not a UK postcode or outcode"));
            } else {
                centre = postcodes.apply(text).orElse(null);
                if (centre == null) {
                    violations.add(new FieldViolation("postcode", "is not a postcode district we know"));
                }
            }
        }
        Viewport viewport = p.hasViewport() ? viewport(p, violations) : null;
        if (violations.size() > before) {
            return Optional.empty();
        }
        if (centre != null) {
            return Optional.of(new Where.Around(centre, p.radiusM() == null ? limits.defaultRadiusM() : p.radiusM()));
        }
        if (viewport != null) {
            return Optional.of(new Where.Within(viewport));
        }
        return Optional.of(new Where.Anywhere());
    }

    /** A complete, upright viewport no wider than half the world, or null (with violations) when not. */
    public static Viewport viewport(SearchParameters p, List<FieldViolation> violations) {
        int before = violations.size();
        require(p.topLeftLat(), "top_left_lat", violations);
        require(p.topLeftLon(), "top_left_lon", violations);
        require(p.bottomRightLat(), "bottom_right_lat", violations);
        require(p.bottomRightLon(), "bottom_right_lon", violations);
        if (violations.size() > before) {
            return null;
        }
        checkLatLon(p.topLeftLat(), p.topLeftLon(), "top_left_lat", "top_left_lon", violations);
        checkLatLon(p.bottomRightLat(), p.bottomRightLon(), "bottom_right_lat", "bottom_right_lon", violations);
        if (violations.size() > before) {
            return null;
        }
        if (p.topLeftLat() <= p.bottomRightLat()) {
            violations.add(new FieldViolation("top_left_lat", "must be north of bottom_right_lat"));
        }
        if (p.topLeftLon() >= p.bottomRightLon()) {
            violations.add(new FieldViolation("top_left_lon", "must be west of bottom_right_lon"));
        }
        if (p.bottomRightLon() - p.topLeftLon() > SearchLimits.MAX_LON_SPAN) {
            violations.add(new FieldViolation("bottom_right_lon", "the viewport spans more than " + (int) SearchLimits.MAX_LON_SPAN
                    + " degrees of longitude: zoom in"));
        }
        if (p.topLeftLat() - p.bottomRightLat() > SearchLimits.MAX_LAT_SPAN) {
            violations.add(new FieldViolation("bottom_right_lat", "the viewport spans more than " + (int) SearchLimits.MAX_LAT_SPAN
                    + " degrees of latitude: zoom in"));
        }
        return violations.size() > before ? null : new Viewport(p.topLeftLat(), p.topLeftLon(), p.bottomRightLat(), p.bottomRightLon());
    }

    private static void require(Double value, String field, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(field, "a viewport needs all four of top_left_lat, top_left_lon, bottom_right_lat, bottom_right_lon"));
        }
    }

    private static void checkLatLon(Double lat, Double lon, String latField, String lonField, List<FieldViolation> violations) {
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            violations.add(new FieldViolation(latField, "must be between -90 and 90"));
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            violations.add(new FieldViolation(lonField, "must be between -180 and 180"));
        }
    }
}
