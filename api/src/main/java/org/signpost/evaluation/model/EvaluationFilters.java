package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an evaluator narrowed an export or summary to. Every filter is optional. Dates are
 * completion days, inclusive. {@code within} is not a filter the caller chose but the schemes their
 * role lets them report on ({@link ReportScope}; empty: every scheme).
 */
public record EvaluationFilters(LocalDate from, LocalDate to, UUID schemeId, String practice, String measureId, String need,
        Optional<Set<UUID>> within) {

    public EvaluationFilters {
        within = within == null ? Optional.empty() : within.map(Set::copyOf);
    }

    /** Filters over every scheme (an evaluator's or an administrator's). */
    public EvaluationFilters(LocalDate from, LocalDate to, UUID schemeId, String practice, String measureId, String need) {
        this(from, to, schemeId, practice, measureId, need, Optional.empty());
    }

    /** The same filters kept within the schemes this scope covers. */
    public EvaluationFilters within(ReportScope scope) {
        return new EvaluationFilters(from, to, schemeId, practice, measureId, need, scope.schemes());
    }

    /** The same filters for one measure. */
    public EvaluationFilters forMeasure(String measure) {
        return new EvaluationFilters(from, to, schemeId, practice, measure, need, within);
    }

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
