package org.signpost.search.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result as the index holds it: a service at one place (or with none). Everything the
 * index knows; what an audience is shown is decided by {@link ShownListing}.
 */
public record ListingHit(
        String id,
        String serviceId,
        String serviceAtLocationId,
        String name,
        String description,
        String organisationId,
        String organisationName,
        GeoPoint location,
        String locationName,
        String postcode,
        String town,
        List<String> needs,
        boolean free,
        Integer minAge,
        Integer maxAge,
        List<String> deliveryModes,
        String referralRoute,
        List<String> accessibility,
        String schedule,
        List<Slot> slots,
        LocalDate assuredDate,
        Integer capacityAvailable,
        Integer capacityMaximum,
        List<Object> sortValues) {
}
