package org.signpost.search.model;

/** A map viewport: its north-west and south-east corners. Never crosses the antimeridian. */
public record Viewport(double topLeftLat, double topLeftLon, double bottomRightLat, double bottomRightLon) {

    public GeoPoint topLeft() {
        return new GeoPoint(topLeftLat, topLeftLon);
    }

    public GeoPoint bottomRight() {
        return new GeoPoint(bottomRightLat, bottomRightLon);
    }
}
