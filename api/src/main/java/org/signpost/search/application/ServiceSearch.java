package org.signpost.search.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.signpost.directory.application.DirectoryCalendar;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.search.model.Audience;
import org.signpost.search.model.ClusterPage;
import org.signpost.search.model.Facets;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.ListingHit;
import org.signpost.search.model.ListingPage;
import org.signpost.search.model.NameSuggestion;
import org.signpost.search.model.SearchCriteria;
import org.signpost.search.model.SearchParameterRules;
import org.signpost.search.model.SearchParameters;
import org.signpost.search.model.ShownListing;
import org.signpost.search.model.Where;
import org.signpost.seeds.model.NeedsTaxonomy;

/** The search use cases: listings (with facets and paging), map clusters, autocomplete. Reads the index only. */
@Singleton
public class ServiceSearch {

    private final SearchGateway gateway;
    private final NeedsCatalogue needs;
    private final PostcodeLocator postcodes;
    private final ResidentVisibility visibility;
    private final DirectoryCalendar calendar;
    private final SearchSettings settings;
    private final Clock clock;
    private final SearchCursor cursors;
    private final SearchParameterRules.Lookups lookups;

    ServiceSearch(SearchGateway gateway, NeedsCatalogue needs, PostcodeLocator postcodes, ResidentVisibility visibility,
            DirectoryCalendar calendar, SearchSettings settings, Clock clock, SearchCursor cursors) {
        this.cursors = cursors;
        this.gateway = gateway;
        this.needs = needs;
        this.postcodes = postcodes;
        this.visibility = visibility;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.lookups = SearchParameterRules.Lookups.of(needs::known, postcodes::looksLikePostcode, postcodes::centre);
    }

    public SearchOutcome search(SearchParameters parameters, String cursor, Audience audience) {
        SearchCriteria criteria = check(parameters, audience);
        String fingerprint = SearchCursor.fingerprint(criteria, audience);
        SearchCursor.Position from = cursor == null ? new SearchCursor.Position(clock.instant(), List.of())
                : cursors.decode(cursor, fingerprint);
        QueryContext context = context(audience, from.now());
        ListingPage page = gateway.search(criteria, context, from.after());
        boolean more = page.hits().size() > criteria.limit();
        List<ListingHit> hits = more ? page.hits().subList(0, criteria.limit()) : page.hits();
        String next = more ? cursors.encode(new SearchCursor.Position(from.now(), hits.get(hits.size() - 1).sortValues()),
                fingerprint) : null;
        GeoPoint origin = criteria.where().origin();
        List<ShownListing> shown = hits.stream()
                .map(hit -> ShownListing.of(hit, audience, origin, context.moment(), context.visibility()))
                .toList();
        Facets facets = page.facets() == null ? null
                : page.facets().withNeedNames(code -> needs.term(code).map(NeedsTaxonomy.Term::name).orElse(code));
        return new SearchOutcome(shown, page.total(), page.totalExact(), next, origin, facets, calendar.zone());
    }

    /** Clusters of what residents see in a viewport at a zoom level (1 to 20). */
    public ClusterPage clusters(SearchParameters parameters, int zoom) {
        if (zoom < 1 || zoom > 20) {
            throw new InvalidInputException("zoom", "must be between 1 and 20");
        }
        SearchCriteria criteria = check(parameters, Audience.RESIDENT);
        if (!(criteria.where() instanceof Where.Within)) {
            throw new InvalidInputException("top_left_lat", "clusters need a viewport");
        }
        return gateway.clusters(criteria, context(Audience.RESIDENT, clock.instant()), zoom);
    }

    /** Needs first (up to half the list), then service and organisation names residents can see. */
    public List<NameSuggestion> suggest(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (text.isEmpty() || text.length() > 60) {
            violations.add(new FieldViolation("prefix", "must be 1 to 60 characters"));
        }
        if (limit < 1 || limit > 20) {
            violations.add(new FieldViolation("limit", "must be between 1 and 20"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<NameSuggestion> suggestions = new ArrayList<>();
        for (NeedsTaxonomy.Term term : needs.startingWith(text, (limit + 1) / 2)) {
            suggestions.add(new NameSuggestion(term.name(), NameSuggestion.Kind.NEED, term.code(), null));
        }
        int names = limit - suggestions.size();
        if (names > 0) { // needs may fill a short list: never ask the index for zero suggestions
            suggestions.addAll(gateway.suggest(text, names, context(Audience.RESIDENT, clock.instant())));
        }
        return suggestions;
    }

    private SearchCriteria check(SearchParameters parameters, Audience audience) {
        SearchParameterRules.Decision decision = SearchParameterRules.check(parameters, audience, settings.limits(), lookups);
        if (!decision.valid()) {
            throw new InvalidInputException(decision.violations());
        }
        return decision.criteria();
    }

    private QueryContext context(Audience audience, Instant now) {
        ZonedDateTime local = ZonedDateTime.ofInstant(now, calendar.zone());
        return new QueryContext(audience, local, visibility.criteria(audience.viewer(), local.toLocalDate()));
    }
}
