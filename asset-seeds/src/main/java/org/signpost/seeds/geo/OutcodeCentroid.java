package org.signpost.seeds.geo;

/**
 * The centre of a UK postcode district.
 *
 * @param outcode   upper case, no spaces, e.g. {@code S65}
 * @param latitude  WGS84 degrees
 * @param longitude WGS84 degrees
 */
public record OutcodeCentroid(String outcode, double latitude, double longitude) {
}
