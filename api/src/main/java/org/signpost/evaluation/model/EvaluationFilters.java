package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What an evaluator narrowed an export or summary to. Every filter is optional. Dates are
 * completion days, inclusive.
 */
public record EvaluationFilters(LocalDate from, LocalDate to, UUID schemeId, String practice, String measureId, String need) {

    /** The filters that were given, by their request parameter name, in a stable order. */
    public Map<String, String> given() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "from", from);
        put(out, "to", to);
        put(out, "scheme_id", schemeId);
        put(out, "practice", practice);
        put(out, "measure_id", measureId);
        put(out, "need", need);
        return out;
    }

    /** True when a completion on that day is inside the date range. */
    public boolean includes(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static void put(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, value.toString());
        }
    }
}
