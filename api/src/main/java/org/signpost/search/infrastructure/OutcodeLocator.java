package org.signpost.search.infrastructure;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.signpost.search.application.PostcodeLocator;
import org.signpost.search.model.GeoPoint;
import org.signpost.seeds.geo.Outcodes;

/** Postcodes and outcodes located at their district's centroid, from the bundled UK outcode table. */
@Singleton
class OutcodeLocator implements PostcodeLocator {

    private final Outcodes outcodes = Outcodes.loadDefault();

    @Override
    public boolean looksLikePostcode(String text) {
        return Outcodes.outcodeOf(text).isPresent();
    }

    @Override
    public Optional<GeoPoint> centre(String text) {
        return outcodes.centroidOf(text).map(c -> new GeoPoint(c.latitude(), c.longitude()));
    }
}
