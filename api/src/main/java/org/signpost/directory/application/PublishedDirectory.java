package org.signpost.directory.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The paged SQL reads behind the ORUK feed (only listings residents may see: ResidentVisibility). */
public interface PublishedDirectory {

    /** Ids of the published services matching the query, by name. */
    PageOf<UUID> services(OrukQuery query, LocalDate assuredSince);

    /** A published service at a location. */
    record Place(UUID serviceAtLocationId, UUID serviceId) {
    }

    /** Published services at their locations, nearest first when the query has a point, else by name. */
    PageOf<Place> places(OrukQuery query, LocalDate assuredSince);

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
