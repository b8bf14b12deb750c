package org.signpost.search.model;

import java.util.List;

/** Counts of the results of the whole query, per need, cost and delivery mode. */
public record Facets(List<Count> needs, long free, long paid, List<Count> deliveryModes) {

    /** A value, its name for people (when it has one), and how many results carry it. */
    public record Count(String value, String label, long count) {
    }

    /** The same counts with each need named by {@code names} (code to name). */
    public Facets withNeedNames(java.util.function.Function<String, String> names) {
        return new Facets(needs.stream().map(c -> new Count(c.value(), names.apply(c.value()), c.count())).toList(), free, paid,
                deliveryModes);
    }
}
