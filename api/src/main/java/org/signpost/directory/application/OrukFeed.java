package org.signpost.directory.application;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.errors.NotFoundException;

/**
 * The directory as the public Open Referral UK feed: only listings residents may see (see
 * {@link ResidentVisibility}; the SQL filter states the same rule), paged in SQL, each page's listings loaded whole through
 * {@link ServiceListings} in one batched read.
 */
@Singleton
public class OrukFeed {

    /** A published service at one of its locations. */
    public record PlaceListing(UUID serviceAtLocationId, ServiceListing listing) {

        public ServiceListing.Place place() {
            return listing.places().stream().filter(p -> p.serviceAtLocationId().equals(serviceAtLocationId)).findFirst()
                    .orElseThrow();
        }
    }

    private final PublishedDirectory directory;
    private final ServiceListings listings;
    private final OrukParameters parameters;
    private final ResidentVisibility visibility;
    private final DirectoryCalendar calendar;

    OrukFeed(PublishedDirectory directory, ServiceListings listings, OrukParameters parameters, ResidentVisibility visibility,
            DirectoryCalendar calendar) {
        this.directory = directory;
        this.listings = listings;
        this.parameters = parameters;
        this.visibility = visibility;
        this.calendar = calendar;
    }

    public PageOf<ServiceListing> services(OrukParameters.Raw raw) {
        OrukQuery query = parameters.read(raw);
        PageOf<UUID> ids = directory.services(query, visibility.criteria(today()));
        Map<UUID, ServiceListing> loaded = load(ids.items());
        List<ServiceListing> page = ids.items().stream().map(loaded::get).filter(l -> l != null).toList();
        return new PageOf<>(page, ids.total(), ids.page(), ids.perPage());
    }

    public ServiceListing service(String id) {
        UUID serviceId = OrukParameters.id(id);
        return listings.load(serviceId).filter(l -> visibility.decide(l, today()).visible())
                .orElseThrow(() -> new NotFoundException("No published service has the id " + serviceId));
    }

    public PageOf<PlaceListing> places(OrukParameters.Raw raw) {
        OrukQuery query = parameters.read(raw);
        PageOf<PublishedDirectory.Place> places = directory.places(query, visibility.criteria(today()));
        Map<UUID, ServiceListing> loaded = load(places.items().stream().map(PublishedDirectory.Place::serviceId).toList());
        List<PlaceListing> page = new ArrayList<>();
        for (PublishedDirectory.Place p : places.items()) {
            ServiceListing listing = loaded.get(p.serviceId());
            if (listing != null && listing.places().stream().anyMatch(x -> x.serviceAtLocationId().equals(p.serviceAtLocationId()))) {
                page.add(new PlaceListing(p.serviceAtLocationId(), listing));
            }
        }
        return new PageOf<>(page, places.total(), places.page(), places.perPage());
    }

    public PlaceListing place(String id) {
        UUID placeId = OrukParameters.id(id);
        NotFoundException missing = new NotFoundException("No published service at location has the id " + placeId);
        UUID serviceId = directory.serviceOfPlace(placeId).orElseThrow(() -> missing);
        ServiceListing listing = listings.load(serviceId).filter(l -> visibility.decide(l, today()).visible()).orElseThrow(() -> missing);
        return new PlaceListing(placeId, listing);
    }

    /** An organisation with its published services, by name. */
    public record OrganisationListings(ServiceListing.Organisation organisation, List<ServiceListing> services) {
    }

    /** The most services one organisation's record lists (a page of /services?organization_id= gives the rest). */
    static final int SERVICES_PER_ORGANISATION = 1000;

    public PageOf<ServiceListing.Organisation> organisations(String search, Integer page, Integer perPage, String format) {
        OrukParameters.format(format);
        return directory.organisations(search == null || search.isBlank() ? null : search.trim(), page == null ? 1 : page,
                perPage == null ? 50 : perPage, visibility.criteria(today()));
    }

    public OrganisationListings organisation(String id) {
        UUID organisationId = OrukParameters.id(id);
        ServiceListing.Organisation organisation = directory.organisation(organisationId, visibility.criteria(today()))
                .orElseThrow(() -> new NotFoundException("No organisation with a published service has the id " + organisationId));
        OrukQuery theirs = new OrukQuery(null, null, null, null, null, null, null, null, null, null, organisationId, null, 1,
                SERVICES_PER_ORGANISATION);
        PageOf<UUID> ids = directory.services(theirs, visibility.criteria(today()));
        Map<UUID, ServiceListing> loaded = load(ids.items());
        return new OrganisationListings(organisation, ids.items().stream().map(loaded::get).filter(l -> l != null).toList());
    }

    public PageOf<PublishedDirectory.Taxonomy> taxonomies(Integer page, Integer perPage) {
        return directory.taxonomies(page == null ? 1 : page, perPage == null ? 50 : perPage);
    }

    public PublishedDirectory.Taxonomy taxonomy(String id) {
        UUID taxonomyId = OrukParameters.id(id);
        return directory.taxonomy(taxonomyId).orElseThrow(() -> new NotFoundException("No taxonomy has the id " + taxonomyId));
    }

    public List<PublishedDirectory.Term> termsOf(UUID taxonomyId) {
        return directory.termsOf(taxonomyId);
    }

    public PageOf<PublishedDirectory.Term> terms(Integer page, Integer perPage) {
        return directory.terms(page == null ? 1 : page, perPage == null ? 50 : perPage);
    }

    public PublishedDirectory.Term term(String id) {
        UUID termId = OrukParameters.id(id);
        return directory.term(termId).orElseThrow(() -> new NotFoundException("No taxonomy term has the id " + termId));
    }

    private Map<UUID, ServiceListing> load(List<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : listings.load(ids).stream().collect(Collectors.toMap(ServiceListing::id, Function.identity()));
    }

    private LocalDate today() {
        return calendar.today();
    }
}
