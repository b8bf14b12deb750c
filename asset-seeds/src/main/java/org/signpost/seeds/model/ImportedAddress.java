package org.signpost.seeds.model;

import java.util.UUID;

/**
 * HSDS address.
 *
 * @param sourceId      its id in the source; null when the feed gives none
 * @param address1      first line
 * @param city          town or city
 * @param region        county or region
 * @param stateProvince HSDS state_province (ORUK requires it; UK feeds repeat the county)
 * @param postalCode    the postcode as given (trimmed)
 * @param country       ISO 3166-1 alpha-2, e.g. GB
 * @param addressType   physical, postal or virtual; null when not given
 */
public record ImportedAddress(
        UUID sourceId,
        String address1,
        String city,
        String region,
        String stateProvince,
        String postalCode,
        String country,
        LocationType addressType) {
}
