package org.signpost.search.model;

import java.util.List;

/**
 * A search as asked, before any checking: every value may be absent or wrong. Enumerated values
 * arrive in their wire spelling ("MO", "in_person").
 */
public record SearchParameters(
        String text,
        Double lat,
        Double lon,
        String postcode,
        Integer radiusM,
        Double topLeftLat,
        Double topLeftLon,
        Double bottomRightLat,
        Double bottomRightLon,
        boolean includeRemote,
        List<String> needs,
        String day,
        String startTime,
        String endTime,
        boolean onNow,
        boolean freeOnly,
        List<String> accessibility,
        Integer age,
        List<String> deliveryModes,
        String referralRoute,
        boolean hasCapacity,
        String sort,
        boolean facets,
        Integer limit) {

    public SearchParameters {
        needs = needs == null ? List.of() : List.copyOf(needs);
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
        deliveryModes = deliveryModes == null ? List.of() : List.copyOf(deliveryModes);
    }

    /** Nothing asked for: every listing the audience may see. */
    public static SearchParameters none() {
        return new SearchParameters(null, null, null, null, null, null, null, null, null, false, List.of(), null, null, null,
                false, false, List.of(), null, List.of(), null, false, null, true, null);
    }

    public boolean hasViewport() {
        return topLeftLat != null || topLeftLon != null || bottomRightLat != null || bottomRightLon != null;
    }

    public boolean hasPoint() {
        return lat != null || lon != null;
    }
}
