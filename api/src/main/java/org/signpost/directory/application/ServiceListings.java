package org.signpost.directory.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.ServiceListing;

/**
 * Loads whole listings (a service and everything it owns) in a few batched reads. The one read
 * path for the management API, the ORUK feed and the search documents, so they never disagree.
 */
public interface ServiceListings {

    /** The listings with these ids that exist, soft-deleted ones included, in no given order. */
    List<ServiceListing> load(Collection<UUID> ids);

    default Optional<ServiceListing> load(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    /**
     * The service's own row and its organisation in one read, its owned parts (places, schedules,
     * cost options, contacts, languages, taxonomy terms) left EMPTY: for checks that need only the
     * service itself (is it verified, active, referable, are there places), where the whole
     * listing's eight reads would be wasted. Never show or index what this returns.
     */
    Optional<ServiceListing> loadWithoutParts(UUID id);
}
