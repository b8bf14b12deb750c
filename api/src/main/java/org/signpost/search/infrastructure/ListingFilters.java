package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.Verification;
import org.signpost.indexer.SearchFields;
import org.signpost.indexer.ServiceDocument;
import org.signpost.search.application.QueryContext;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.SearchCriteria;
import org.signpost.search.model.Where;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * The non-scoring part of every listing query: what the audience may see (checked at query time,
 * so a staleness expiry reaches search without reindexing), where, and the filters asked for.
 */
final class ListingFilters {

    private ListingFilters() {
    }

    static List<Query> of(SearchCriteria criteria, QueryContext context) {
        List<Query> filters = new ArrayList<>(visibility(context));
        where(criteria.where(), criteria.includeRemote()).ifPresent(filters::add);
        SearchCriteria.Filters f = criteria.filters();
        if (!f.needs().isEmpty()) {
            filters.add(terms(SearchFields.NEED_CODES, f.needs()));
        }
        if (f.hasSessionWindow()) {
            filters.add(SessionQueries.window(f.day(), f.fromMinute(), f.untilMinute(), context.moment().date()));
        }
        if (f.onNow()) {
            filters.add(SessionQueries.runningAt(context.moment()));
        }
        if (f.freeOnly()) {
            filters.add(term(SearchFields.FREE, true));
        }
        for (String feature : f.accessibility()) {
            filters.add(term(SearchFields.ACCESSIBILITY, feature));
        }
        if (f.age() != null) {
            double age = f.age();
            filters.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.range(r -> r.number(n -> n.field(SearchFields.MIN_AGE).gt(age))))
                    .mustNot(m -> m.range(r -> r.number(n -> n.field(SearchFields.MAX_AGE).lt(age)))))));
        }
        if (!f.deliveryModes().isEmpty()) {
            filters.add(terms(SearchFields.DELIVERY_MODES, f.deliveryModes()));
        }
        if (!f.referralRoutes().isEmpty()) {
            filters.add(terms(SearchFields.REFERRAL_ROUTE, f.referralRoutes()));
        }
        if (f.hasCapacity()) {
            filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field(SearchFields.CAPACITY_AVAILABLE).gt(0.0)))));
        }
        return filters;
    }

    /** What the audience may see: the directory's rule ({@link ResidentVisibility.Criteria}) rendered for the index. */
    static List<Query> visibility(QueryContext context) {
        return context.visibility().render(INDEX);
    }

    /**
     * The rule's conditions over the index's fields. Withdrawn listings are never indexed
     * (search-indexer's {@code ListingDocuments.searchable}) and documents carry no deletion date, so "not deleted"
     * holds of every document.
     */
    private static final ResidentVisibility.Renderer<Query> INDEX = new ResidentVisibility.Renderer<>() {
        @Override
        public Query notDeleted() {
            return Query.of(q -> q.matchAll(m -> m));
        }

        @Override
        public Query verified() {
            return term(SearchFields.VERIFIED, true);
        }

        @Override
        public Query statusIs(ServiceStatus status) {
            return term(SearchFields.STATUS, status.code());
        }

        @Override
        public Query assuredOnOrAfter(LocalDate since) {
            return Query.of(q -> q.range(r -> r.date(d -> d.field(SearchFields.ASSURED_DATE).gte(since.toString()))));
        }

        @Override
        public Query routeIsNot(ReferralRoute route) {
            return Query.of(q -> q.bool(b -> b.mustNot(term(SearchFields.REFERRAL_ROUTE, route.code()))));
        }
    };

    /** The rule's inputs as a document holds them, for what the index cannot filter (suggestions). */
    static ResidentVisibility.Facts facts(ServiceDocument source) {
        return new ResidentVisibility.Facts(Boolean.TRUE.equals(source.verified()) ? Verification.VERIFIED : Verification.DRAFT,
                ServiceStatus.fromCode(String.valueOf(source.status())).orElse(null), null, source.assuredDate(),
                ReferralRoute.fromCode(String.valueOf(source.referralRoute())).orElse(null));
    }

    private static java.util.Optional<Query> where(Where where, boolean includeRemote) {
        Query place = null;
        if (where instanceof Where.Around around) {
            place = Query.of(q -> q.geoDistance(g -> g.field(SearchFields.LOCATION)
                    .distance(around.radiusM() + "m").location(location(around.centre()))));
        } else if (where instanceof Where.Within within) {
            place = Query.of(q -> q.geoBoundingBox(g -> g.field(SearchFields.LOCATION)
                    .boundingBox(b -> b.tlbr(t -> t.topLeft(location(within.viewport().topLeft()))
                            .bottomRight(location(within.viewport().bottomRight()))))));
        }
        if (place == null) {
            return java.util.Optional.empty();
        }
        if (!includeRemote) {
            return java.util.Optional.of(place);
        }
        Query located = place;
        Query remoteHere = remoteServing(SearchedDistricts.of(where));
        return java.util.Optional.of(Query.of(q -> q.bool(b -> b.should(located).should(remoteHere).minimumShouldMatch("1"))));
    }

    /**
     * Services with no place of their own that serve one of {@code districts}: those whose areas name
     * none (national, or areas we cannot place) and those whose areas name one of them.
     */
    static Query remoteServing(List<String> districts) {
        Query unrestricted = Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(SearchFields.AREA_OUTCODES)))));
        Query covers = terms(SearchFields.AREA_OUTCODES, districts);
        return Query.of(q -> q.bool(b -> b.filter(term(SearchFields.LOCATED, false))
                .filter(f -> f.bool(o -> o.should(unrestricted).should(covers).minimumShouldMatch("1")))));
    }

    static GeoLocation location(GeoPoint point) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static Query term(String field, long value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}
