package org.signpost.seeds.model;

import java.util.List;
import java.util.UUID;

/**
 * A place (HSDS location). The same location may serve several services: use {@code sourceId} to share it.
 *
 * @param sourceId      its id in the source; null when the feed gives none
 * @param locationType  physical, postal or virtual; null when not given
 * @param name          plain text
 * @param description   plain text
 * @param latitude      WGS84 degrees, -90..90; null together with longitude when not located
 * @param longitude     WGS84 degrees, -180..180
 * @param addresses     HSDS address rows (usually one)
 * @param accessibility HSDS accessibility rows
 */
public record ImportedLocation(
        UUID sourceId,
        LocationType locationType,
        String name,
        String description,
        Double latitude,
        Double longitude,
        List<ImportedAddress> addresses,
        List<ImportedAccessibility> accessibility) {

    public ImportedLocation {
        addresses = Copies.list(addresses);
        accessibility = Copies.list(accessibility);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** The postal code of the first address that has one, or null. */
    public String postalCode() {
        return addresses.stream().map(ImportedAddress::postalCode).filter(p -> p != null).findFirst().orElse(null);
    }
}
