package org.signpost.directory.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.signpost.contract.model.OrukApiInfo;
import org.signpost.contract.model.OrukOrganization;
import org.signpost.contract.model.OrukOrganizationPage;
import org.signpost.contract.model.OrukService;
import org.signpost.contract.model.OrukServiceAtLocation;
import org.signpost.contract.model.OrukServiceAtLocationPage;
import org.signpost.contract.model.OrukServicePage;
import org.signpost.contract.model.OrukTaxonomy;
import org.signpost.contract.model.OrukTaxonomyPage;
import org.signpost.contract.model.OrukTaxonomyTerm;
import org.signpost.contract.model.OrukTaxonomyTermPage;
import org.signpost.contract.server.OrukApi;
import org.signpost.directory.application.OrukFeed;
import org.signpost.directory.application.OrukParameters;
import org.signpost.directory.application.PageOf;
import org.signpost.directory.application.PublishedDirectory;
import org.signpost.directory.model.ServiceListing;

/** The Open Referral UK 3.0 read API: public, read only, published listings only. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrukController implements OrukApi {

    private final OrukFeed feed;
    private final HttpHostResolver hosts;
    /** Where the Open Referral UK profile of HSDS is described. */
    static final URI PROFILE = URI.create("https://openreferraluk.org/");

    OrukController(OrukFeed feed, HttpHostResolver hosts) {
        this.feed = feed;
        this.hosts = hosts;
    }

    @Override
    public OrukApiInfo orukApiInfo() {
        return new OrukApiInfo("HSDS-UK-3.0", PROFILE, URI.create(base() + "/openapi/signpost.yaml"));
    }

    /** Scheme and host the caller used (behind a trusted proxy, as its X-Forwarded-* headers say: see application.yml). */
    private String base() {
        return ServerRequestContext.currentRequest().map(hosts::resolve).orElse("http://localhost");
    }

    @Override
    public OrukServicePage orukServices(String search, Integer page, Integer perPage, String taxonomyTermId, String taxonomyId,
            Integer minimumAge, Integer maximumAge, String day, String startTime, String endTime, String organizationId,
            String modifiedAfter, Boolean full, String format) {
        var result = feed.services(new OrukParameters.Raw(search, page, perPage, taxonomyTermId, taxonomyId, minimumAge,
                maximumAge, day, startTime, endTime, null, null, organizationId, modifiedAfter, format));
        Function<ServiceListing, OrukService> shape = Boolean.TRUE.equals(full) ? OrukServiceDetails::full : OrukServices::summary;
        List<OrukService> contents = result.items().stream().map(shape).toList();
        return new OrukServicePage(result.total(), result.totalPages(), result.page(), contents.size(), result.page() == 1,
                result.page() >= result.totalPages(), contents.isEmpty(), contents);
    }

    @Override
    public OrukService orukService(String id) {
        return OrukServiceDetails.full(feed.service(id));
    }

    @Override
    public OrukServiceAtLocationPage orukServiceAtLocations(String search, Integer page, Integer perPage, String taxonomyTermId,
            String taxonomyId, Integer minimumAge, Integer maximumAge, String day, String startTime, String endTime,
            String postcode, String proximity, String organizationId, String modifiedAfter, Boolean full, String format) {
        var result = feed.places(new OrukParameters.Raw(search, page, perPage, taxonomyTermId, taxonomyId, minimumAge, maximumAge,
                day, startTime, endTime, postcode, proximity, organizationId, modifiedAfter, format));
        Function<ServiceListing, OrukService> shape = Boolean.TRUE.equals(full) ? OrukServiceDetails::full : OrukServices::summary;
        List<OrukServiceAtLocation> contents = result.items().stream()
                .map(p -> OrukServices.place(p.listing(), p.place()).service(shape.apply(p.listing())))
                .toList();
        return new OrukServiceAtLocationPage(result.total(), result.totalPages(), result.page(), contents.size(),
                result.page() == 1, result.page() >= result.totalPages(), contents.isEmpty(), contents);
    }

    @Override
    public OrukServiceAtLocation orukServiceAtLocation(String id) {
        OrukFeed.PlaceListing p = feed.place(id);
        return OrukServices.place(p.listing(), p.place()).service(OrukServiceDetails.full(p.listing()));
    }

    @Override
    public OrukOrganizationPage orukOrganizations(String search, Integer page, Integer perPage, String format) {
        PageOf<ServiceListing.Organisation> result = feed.organisations(search, page, perPage, format);
        List<OrukOrganization> contents = result.items().stream().map(OrukServices::organisation).toList();
        return new OrukOrganizationPage(result.total(), result.totalPages(), result.page(), contents.size(), result.page() == 1,
                result.page() >= result.totalPages(), contents.isEmpty(), contents);
    }

    @Override
    public OrukOrganization orukOrganization(String id, Boolean fullService) {
        OrukFeed.OrganisationListings found = feed.organisation(id);
        Function<ServiceListing, OrukService> shape = Boolean.TRUE.equals(fullService) ? OrukServiceDetails::full : OrukServices::summary;
        return OrukServices.organisation(found.organisation()).services(found.services().stream().map(shape).toList());
    }

    @Override
    public OrukTaxonomyPage orukTaxonomies(Integer page, Integer perPage) {
        PageOf<PublishedDirectory.Taxonomy> result = feed.taxonomies(page, perPage);
        List<OrukTaxonomy> contents = result.items().stream().map(this::taxonomy).toList();
        return new OrukTaxonomyPage(result.total(), result.totalPages(), result.page(), contents.size(), result.page() == 1,
                result.page() >= result.totalPages(), contents.isEmpty(), contents);
    }

    @Override
    public OrukTaxonomy orukTaxonomy(String id) {
        PublishedDirectory.Taxonomy taxonomy = feed.taxonomy(id);
        return taxonomy(taxonomy).taxonomyTerms(feed.termsOf(taxonomy.id()).stream().map(this::term).toList());
    }

    @Override
    public OrukTaxonomyTermPage orukTaxonomyTerms(Integer page, Integer perPage) {
        PageOf<PublishedDirectory.Term> result = feed.terms(page, perPage);
        List<OrukTaxonomyTerm> contents = result.items().stream().map(this::term).toList();
        return new OrukTaxonomyTermPage(result.total(), result.totalPages(), result.page(), contents.size(), result.page() == 1,
                result.page() >= result.totalPages(), contents.isEmpty(), contents);
    }

    @Override
    public OrukTaxonomyTerm orukTaxonomyTerm(String id) {
        return term(feed.term(id));
    }

    /** A taxonomy without a URI of its own is identified by its record in this feed. */
    private OrukTaxonomy taxonomy(PublishedDirectory.Taxonomy t) {
        return new OrukTaxonomy(t.id(), t.name(), OrukServices.nonNull(t.description()))
                .uri(t.uri() != null ? t.uri() : base() + "/oruk/taxonomies/" + t.id())
                .version(t.version());
    }

    /** {@code term} is the term itself within its taxonomy: its code. A term without a URI of its own is identified by its record here. */
    private OrukTaxonomyTerm term(PublishedDirectory.Term t) {
        return new OrukTaxonomyTerm(t.id(), t.name(), OrukServices.nonNull(t.description()))
                .code(t.code())
                .term(t.code())
                .parentId(t.parentId())
                .taxonomy(t.taxonomyName())
                .taxonomyId(t.taxonomyId())
                .termUri(t.termUri() != null ? t.termUri() : base() + "/oruk/taxonomy_terms/" + t.id());
    }
}
