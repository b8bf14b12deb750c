package org.signpost.directory.application;

import jakarta.inject.Singleton;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.geo.Outcodes;

/**
 * A full postcode or an outcode to the centre of its postcode district, without a geocoder: the
 * bundled outcode table (OS / Royal Mail / ONS data, OGL v3), loaded once. Case and spaces do not matter.
 */
@Singleton
public class PostcodeLookup {

    private final Outcodes outcodes = Outcodes.loadDefault();

    /**
     * @param parameter the request parameter the postcode came in, named in the error
     * @throws InvalidInputException when it is not a postcode or its district is unknown
     */
    public OutcodeCentroid centroid(String postcode, String parameter) {
        if (Outcodes.outcodeOf(postcode).isEmpty()) {
            throw new InvalidInputException(parameter, "'" + postcode + "' is not a UK postcode or outcode");
        }
        return outcodes.centroidOf(postcode).orElseThrow(() -> new InvalidInputException(parameter,
                "'" + postcode + "' is not a known UK postcode district"));
    }
}
