package org.signpost.search.application;

import java.util.List;
import org.signpost.search.model.ClusterPage;
import org.signpost.search.model.ListingPage;
import org.signpost.search.model.NameSuggestion;
import org.signpost.search.model.SearchCriteria;

/** The search index, read through its read alias. */
public interface SearchGateway {

    /** One page of listings after {@code after} (the previous page's last sort values; empty for the first page). */
    ListingPage search(SearchCriteria criteria, QueryContext context, List<Object> after);

    /** Grid clusters of the listings in the criteria's viewport. */
    ClusterPage clusters(SearchCriteria criteria, QueryContext context, int zoom);

    /** Service and organisation names starting with (or close to) {@code prefix}, visible to the context's audience. */
    List<NameSuggestion> suggest(String prefix, int size, QueryContext context);
}
