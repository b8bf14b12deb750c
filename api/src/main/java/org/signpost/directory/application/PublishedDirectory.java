package org.signpost.directory.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ServiceListing;

/** The paged SQL reads behind the ORUK feed (only listings residents may see: ResidentVisibility). */
public interface PublishedDirectory {

    /** Ids of the published services matching the query, by name. */
    PageOf<UUID> services(OrukQuery query, ResidentVisibility.Criteria published);

    /** A published service at a location. */
    record Place(UUID serviceAtLocationId, UUID serviceId) {
    }

    /** Published services at their locations, nearest first when the query has a point, else by name. */
    PageOf<Place> places(OrukQuery query, ResidentVisibility.Criteria published);

    /** Organisations with at least one published service, by name; {@code search}: words in the name or description. */
    PageOf<ServiceListing.Organisation> organisations(String search, int page, int perPage, ResidentVisibility.Criteria published);

    /** An organisation, if it has at least one published service. */
    Optional<ServiceListing.Organisation> organisation(UUID id, ResidentVisibility.Criteria published);

    /** The service of a service_at_location, whatever its state. */
    Optional<UUID> serviceOfPlace(UUID serviceAtLocationId);

    record Taxonomy(UUID id, String name, String description, String uri, String version) {
    }

    record Term(UUID id, String code, String name, String description, UUID parentId, UUID taxonomyId, String taxonomyName,
            String termUri) {
    }

    PageOf<Taxonomy> taxonomies(int page, int perPage);

    Optional<Taxonomy> taxonomy(UUID id);

    PageOf<Term> terms(int page, int perPage);

    List<Term> termsOf(UUID taxonomyId);

    Optional<Term> term(UUID id);
}
