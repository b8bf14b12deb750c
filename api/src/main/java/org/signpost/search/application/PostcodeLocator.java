package org.signpost.search.application;

import java.util.Optional;
import org.signpost.search.model.GeoPoint;

/** Where a UK postcode or outcode is: the centre of its postcode district. */
public interface PostcodeLocator {

    /** Whether the text is shaped like a postcode ("S60 1AA", "s601aa") or an outcode ("S60"). */
    boolean looksLikePostcode(String text);

    /** The district's centre; empty when the district is unknown. */
    Optional<GeoPoint> centre(String text);
}
