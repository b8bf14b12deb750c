package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;

/**
 * Free text, typo tolerant and prefix-aware, over a listing's name, organisation, description,
 * place and need text (the need terms with their ancestors' names and the words residents use for
 * them: the synonym expansion, done at indexing time). A listing matches when most of the words
 * appear somewhere in it; it ranks by where they appear.
 */
final class TextQueries {

    /** Up to two words: all; more: about two in three. */
    private static final String MOST_WORDS = "2<-34%";
    private static final List<String> RANKED_FIELDS = List.of("name^3", "organisation_name", "description", "need_text^2");

    private TextQueries() {
    }

    /** Which listings match at all: the words, fuzzily, anywhere in the listing, the last one also as a prefix. */
    static Query matching(String text) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field("search_text").query(text).fuzziness("AUTO").prefixLength(1)
                        .minimumShouldMatch(MOST_WORDS)))
                .should(s -> s.matchBoolPrefix(m -> m.field("search_text").query(text).fuzziness("AUTO").prefixLength(1)
                        .minimumShouldMatch(MOST_WORDS)))
                .minimumShouldMatch("1")));
    }

    /** How well they match: name counts most, then need terms. */
    static List<Query> ranking(String text) {
        return List.of(
                Query.of(q -> q.multiMatch(m -> m.query(text).fields(RANKED_FIELDS).type(TextQueryType.BestFields)
                        .fuzziness("AUTO").prefixLength(1))),
                Query.of(q -> q.multiMatch(m -> m.query(text).fields(RANKED_FIELDS).type(TextQueryType.BoolPrefix)
                        .fuzziness("AUTO").prefixLength(1))));
    }
}
