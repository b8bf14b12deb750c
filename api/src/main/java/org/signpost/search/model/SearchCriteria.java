package org.signpost.search.model;

import java.util.List;

/**
 * A checked search: every value is known to be valid. {@link Filters} narrow the results;
 * {@code where} places them; {@code sort} orders them.
 */
public record SearchCriteria(String text, Where where, boolean includeRemote, Filters filters, SortOrder sort, boolean facets,
        int limit) {

    /** What must be true of every result besides the audience's visibility rules. */
    public record Filters(
            List<String> needs,
            String day,
            Integer fromMinute,
            Integer untilMinute,
            boolean onNow,
            boolean freeOnly,
            List<String> accessibility,
            Integer age,
            List<String> deliveryModes,
            List<String> referralRoutes,
            boolean hasCapacity) {

        public Filters {
            needs = List.copyOf(needs);
            accessibility = List.copyOf(accessibility);
            deliveryModes = List.copyOf(deliveryModes);
            referralRoutes = List.copyOf(referralRoutes);
        }

        public boolean hasSessionWindow() {
            return day != null || fromMinute != null || untilMinute != null;
        }
    }

    public boolean hasText() {
        return text != null;
    }

    /** The same search with another page size: what a cursor must agree with, page size aside. */
    public SearchCriteria withLimit(int newLimit) {
        return new SearchCriteria(text, where, includeRemote, filters, sort, facets, newLimit);
    }
}
