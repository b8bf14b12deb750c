package org.signpost.search.model;

/** Where to search: around a point, inside a viewport, or anywhere. */
public sealed interface Where {

    /** Within {@code radiusM} metres of {@code centre}. */
    record Around(GeoPoint centre, int radiusM) implements Where {
    }

    /** Inside a map viewport. */
    record Within(Viewport viewport) implements Where {
    }

    /** No place given. */
    record Anywhere() implements Where {
    }

    default GeoPoint origin() {
        return this instanceof Around around ? around.centre() : null;
    }
}
