package org.signpost.search.infrastructure;

import java.util.Comparator;
import java.util.List;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.Viewport;
import org.signpost.search.model.Where;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.geo.Outcodes;

/**
 * The postcode districts a search is about, to match remote services' areas against
 * ({@link org.signpost.seeds.geo.ServiceAreaCoverage}): around a point, the district whose
 * centre is nearest it (for a postcode search, that postcode's own district); in a map viewport,
 * every district whose centre lies inside it, or the nearest to its middle when none does.
 */
final class SearchedDistricts {

    private static final Outcodes OUTCODES = Outcodes.loadDefault();

    private SearchedDistricts() {
    }

    /** Empty when the search has no place (then no remote service is kept out). */
    static List<String> of(Where where) {
        if (where instanceof Where.Around around) {
            return List.of(nearest(around.centre()));
        }
        if (where instanceof Where.Within within) {
            Viewport v = within.viewport();
            List<String> inside = OUTCODES.all().stream()
                    .filter(c -> c.latitude() <= v.topLeftLat() && c.latitude() >= v.bottomRightLat()
                            && c.longitude() >= v.topLeftLon() && c.longitude() <= v.bottomRightLon())
                    .map(OutcodeCentroid::outcode).toList();
            return inside.isEmpty() ? List.of(nearest(new GeoPoint((v.topLeftLat() + v.bottomRightLat()) / 2,
                    (v.topLeftLon() + v.bottomRightLon()) / 2))) : inside;
        }
        return List.of();
    }

    private static String nearest(GeoPoint point) {
        return OUTCODES.all().stream()
                .min(Comparator.comparingDouble(c -> point.metresTo(new GeoPoint(c.latitude(), c.longitude()))))
                .map(OutcodeCentroid::outcode).orElseThrow();
    }
}
