package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import org.signpost.indexer.SearchFields;

/**
 * Free text, typo tolerant and prefix-aware, over a listing's name, organisation, description,
 * place and need text (the need terms with their ancestors' names and the words residents use for
 * them: the synonym expansion, done at indexing time), all held in one field, {@code search_text}.
 * A listing matches when most of the words appear somewhere in it, and scores by how well they
 * match there; the words found as typed in its name or need text score more.
 *
 * <p>Typo tolerance is paid once, on {@code search_text}: fuzzy matching is the expensive part
 * of a text query (each fuzzy word is expanded against the field's terms), and ranking with fuzzy
 * words over four more fields cost twice what matching did (BENCHMARKS.md, Search, "Session 3").
 */
final class TextQueries {

    /** Up to two words: all; more: about two in three. */
    private static final String MOST_WORDS = "2<-34%";
    /** Where a word found as typed (the last one also as a prefix) counts extra. */
    private static final List<String> RANKED_FIELDS = List.of(SearchFields.NAME + "^3", SearchFields.NEED_TEXT + "^2");

    private TextQueries() {
    }

    /** Which listings match at all: the words, fuzzily, anywhere in the listing, the last one also as a prefix. */
    static Query matching(String text) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field(SearchFields.SEARCH_TEXT).query(text).fuzziness("AUTO").prefixLength(1)
                        .minimumShouldMatch(MOST_WORDS)))
                .should(s -> s.matchBoolPrefix(m -> m.field(SearchFields.SEARCH_TEXT).query(text).fuzziness("AUTO").prefixLength(1)
                        .minimumShouldMatch(MOST_WORDS)))
                .minimumShouldMatch("1")));
    }

    /** The same listings as {@link #matching}, scored: how well the words match, more when the name or a need says them. */
    static Query scored(String text, List<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(filters).must(matching(text))
                .should(s -> s.multiMatch(m -> m.query(text).fields(RANKED_FIELDS).type(TextQueryType.BoolPrefix)))));
    }
}
