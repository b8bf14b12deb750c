package org.signpost.search.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.signpost.platform.errors.FieldViolation;

/**
 * Turns a search as asked into a checked one, or names every parameter at fault: the one place
 * that decides what a valid search is, for results and map clusters alike.
 */
public final class SearchParameterRules {

    private SearchParameterRules() {
    }

    /** What the rules need to know beyond the request: the needs taxonomy and postcode districts. */
    public interface Lookups {
        boolean knownNeed(String code);

        boolean looksLikePostcode(String text);

        Optional<GeoPoint> postcodeCentre(String text);

        static Lookups of(Predicate<String> knownNeed, Predicate<String> looksLikePostcode, Function<String, Optional<GeoPoint>> centre) {
            return new Lookups() {
                @Override
                public boolean knownNeed(String code) {
                    return knownNeed.test(code);
                }

                @Override
                public boolean looksLikePostcode(String text) {
                    return looksLikePostcode.test(text);
                }

                @Override
                public Optional<GeoPoint> postcodeCentre(String text) {
                    return centre.apply(text);
                }
            };
        }
    }

    /** Either a checked search or the violations; never both. */
    public record Decision(SearchCriteria criteria, List<FieldViolation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public static Decision check(SearchParameters p, Audience audience, SearchLimits limits, Lookups lookups) {
        List<FieldViolation> violations = new ArrayList<>();
        String text = p.text() == null || p.text().isBlank() ? null : p.text().strip();
        if (text != null && text.length() > limits.maxTextLength()) {
            violations.add(new FieldViolation("q", "must be at most " + limits.maxTextLength() + " characters"));
        }
        Function<String, Optional<GeoPoint>> centres = lookups::postcodeCentre;
        Function<String, Boolean> syntax = lookups::looksLikePostcode;
        Optional<Where> where = WhereRules.decide(p, limits, centres, syntax, violations);
        Predicate<String> knownNeed = lookups::knownNeed;
        SearchCriteria.Filters filters = FilterRules.decide(p, audience, knownNeed, violations);
        SortOrder sort = sort(p.sort(), violations);
        if (sort == SortOrder.DISTANCE && where.isPresent() && !(where.get() instanceof Where.Around)) {
            violations.add(new FieldViolation("sort", "sorting by distance needs lat and lon or a postcode"));
        }
        int limit = p.limit() == null ? limits.defaultPageSize() : p.limit();
        if (limit < 1 || limit > limits.maxPageSize()) {
            violations.add(new FieldViolation("limit", "must be between 1 and " + limits.maxPageSize()));
        }
        if (!violations.isEmpty()) {
            return new Decision(null, List.copyOf(violations));
        }
        return new Decision(new SearchCriteria(text, where.orElseThrow(), p.includeRemote(), filters, sort, p.facets(), limit), List.of());
    }

    private static SortOrder sort(String sort, List<FieldViolation> violations) {
        if (sort == null) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("sort", "must be relevance, distance or soonest"));
            return SortOrder.RELEVANCE;
        }
    }
}
