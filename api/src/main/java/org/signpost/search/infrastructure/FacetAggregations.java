package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;
import org.signpost.indexer.SearchFields;
import org.signpost.search.model.Facets;

/** Counts per need, cost and delivery mode over the whole query, with fixed bucket counts. */
final class FacetAggregations {

    private FacetAggregations() {
    }

    static Map<String, Aggregation> of(int needBuckets) {
        return Map.of(
                "needs", Aggregation.of(a -> a.terms(t -> t.field(SearchFields.NEED_CODES).size(needBuckets))),
                "cost", Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(Map.of(
                        "free", Query.of(q -> q.term(t -> t.field(SearchFields.FREE).value(true))),
                        "paid", Query.of(q -> q.term(t -> t.field(SearchFields.FREE).value(false)))))))),
                "modes", Aggregation.of(a -> a.terms(t -> t.field(SearchFields.DELIVERY_MODES).size(3))));
    }

    static Facets read(Map<String, Aggregate> aggregations) {
        if (aggregations == null || !aggregations.containsKey("needs")) {
            return null;
        }
        var cost = aggregations.get("cost").filters().buckets().keyed();
        return new Facets(counts(aggregations.get("needs")), cost.get("free").docCount(), cost.get("paid").docCount(),
                counts(aggregations.get("modes")));
    }

    private static List<Facets.Count> counts(Aggregate terms) {
        return terms.sterms().buckets().array().stream()
                .map((StringTermsBucket b) -> new Facets.Count(b.key().stringValue(), null, b.docCount()))
                .toList();
    }
}
