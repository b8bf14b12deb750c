package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.signpost.indexer.SearchFields;
import org.signpost.indexer.SessionSlots;
import org.signpost.search.model.NextSession;
import org.signpost.search.model.ScheduleMoment;

/**
 * Schedule-aware queries over the nested session slots, without scripts (the minimal
 * Elasticsearch has none): a slot happens on a date when its weekday matches, the date is inside
 * its validity, its week-of-month (nth, -1 the last) matches if it has one, and its week parity
 * matches if it is fortnightly. {@link org.signpost.search.model.Slot#occursOn} is the same rule in Java.
 */
final class SessionQueries {

    private static final String PATH = SearchFields.SESSIONS;
    private static final String DAY = SearchFields.Session.path(SearchFields.Session.DAY);
    private static final String NTH = SearchFields.Session.path(SearchFields.Session.NTH);
    private static final String WEEK_PARITY = SearchFields.Session.path(SearchFields.Session.WEEK_PARITY);
    private static final String OPENS = SearchFields.Session.path(SearchFields.Session.OPENS);
    private static final String CLOSES = SearchFields.Session.path(SearchFields.Session.CLOSES);
    private static final String VALID_FROM = SearchFields.Session.path(SearchFields.Session.VALID_FROM);
    private static final String VALID_TO = SearchFields.Session.path(SearchFields.Session.VALID_TO);

    private SessionQueries() {
    }

    /**
     * A slot on {@code day} (any day when null) still open after {@code from} and opening before
     * {@code until}, whose schedule has not ended by {@code today}.
     */
    static Query window(String day, Integer from, Integer until, LocalDate today) {
        List<Query> clauses = new ArrayList<>();
        String iso = today.toString();
        clauses.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.range(r -> r.date(d -> d.field(VALID_TO).lt(iso)))))));
        if (day != null) {
            clauses.add(ListingFilters.term(DAY, day));
        }
        if (from != null) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> n.field(CLOSES).gt((double) from)))));
        }
        if (until != null) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> n.field(OPENS).lt((double) until)))));
        }
        return nested(Query.of(q -> q.bool(b -> b.filter(clauses))));
    }

    /** A slot running at that moment. */
    static Query runningAt(ScheduleMoment moment) {
        List<Query> clauses = new ArrayList<>(occursOn(moment.date()));
        clauses.add(Query.of(q -> q.range(r -> r.number(n -> n.field(OPENS).lte((double) moment.minuteOfDay())))));
        clauses.add(Query.of(q -> q.range(r -> r.number(n -> n.field(CLOSES).gt((double) moment.minuteOfDay())))));
        return nested(Query.of(q -> q.bool(b -> b.filter(clauses))));
    }

    /**
     * Scores a listing by its next session: the sooner the day, the higher (days never overlap),
     * and within a day the earlier opening. A listing with no session in the horizon scores 0.
     */
    static Query soonest(ScheduleMoment now) {
        List<Query> days = new ArrayList<>();
        for (int offset = 0; offset < NextSession.HORIZON_DAYS; offset++) {
            LocalDate date = now.date().plusDays(offset);
            List<Query> clauses = new ArrayList<>(occursOn(date));
            if (offset == 0) {
                clauses.add(Query.of(q -> q.range(r -> r.number(n -> n.field(CLOSES).gt((double) now.minuteOfDay())))));
            }
            double dayWeight = 2.0 * (NextSession.HORIZON_DAYS - offset);
            Query scored = Query.of(q -> q.functionScore(fs -> fs
                    .query(inner -> inner.bool(b -> b.filter(clauses)))
                    .functions(fn -> fn.filter(all -> all.matchAll(m -> m)).weight(dayWeight))
                    .functions(fn -> fn.linear(l -> l.numeric(n -> n.field(OPENS)
                            .placement(p -> p.origin(0.0).scale(1440.0).decay(0.5)))))
                    .scoreMode(FunctionScoreMode.Sum)
                    .boostMode(FunctionBoostMode.Replace)));
            days.add(Query.of(q -> q.nested(n -> n.path(PATH).query(scored).scoreMode(ChildScoreMode.Max))));
        }
        return Query.of(q -> q.disMax(d -> d.queries(days).tieBreaker(0.0)));
    }

    /** The clauses that make a slot happen on {@code date}, at any time of day. */
    private static List<Query> occursOn(LocalDate date) {
        String day = ScheduleMoment.dayCode(date);
        String iso = date.toString();
        int nth = SessionSlots.nthInMonth(date);
        boolean last = SessionSlots.lastInMonth(date);
        int parity = SessionSlots.weekParity(date);
        List<Query> clauses = new ArrayList<>();
        clauses.add(ListingFilters.term(DAY, day));
        clauses.add(Query.of(q -> q.bool(b -> b
                .mustNot(m -> m.range(r -> r.date(d -> d.field(VALID_FROM).gt(iso))))
                .mustNot(m -> m.range(r -> r.date(d -> d.field(VALID_TO).lt(iso)))))));
        clauses.add(Query.of(q -> q.bool(b -> {
            b.should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field(NTH)))))
                    .should(ListingFilters.term(NTH, nth));
            if (last) {
                b.should(ListingFilters.term(NTH, -1));
            }
            return b.minimumShouldMatch("1");
        })));
        clauses.add(Query.of(q -> q.bool(b -> b
                .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field(WEEK_PARITY)))))
                .should(ListingFilters.term(WEEK_PARITY, parity))
                .minimumShouldMatch("1"))));
        return clauses;
    }

    private static Query nested(Query inner) {
        return Query.of(q -> q.nested(n -> n.path(PATH).query(inner).scoreMode(ChildScoreMode.None)));
    }
}
