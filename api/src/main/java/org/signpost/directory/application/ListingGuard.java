package org.signpost.directory.application;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.signpost.directory.model.ListingAccess;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.PreconditionFailedException;
import org.signpost.security.model.Actor;

/** The checks every listing write starts with, in order: exists (404), yours (403), not deleted (409), your version (412). */
@Singleton
class ListingGuard {

    private final ServiceListings listings;

    ListingGuard(ServiceListings listings) {
        this.listings = listings;
    }

    ServiceListing load(UUID id) {
        return listings.load(id).orElseThrow(() -> new NotFoundException("No listing " + id));
    }

    ServiceListing readable(Actor actor, UUID id) {
        ServiceListing listing = load(id);
        if (!ListingAccess.mayRead(actor, listing.organisation().id())) {
            throw new ForbiddenException("This listing belongs to another organisation");
        }
        return listing;
    }

    /** The current listing, when this actor may change it and their edit started from the current version. */
    ServiceListing editable(Actor actor, UUID id, long expectedVersion) {
        ServiceListing listing = load(id);
        requireEditor(actor, listing.organisation().id());
        if (listing.deletedAt() != null) {
            throw new ConflictException("The listing has been deleted", java.util.Map.of("deleted_at", listing.deletedAt().toString()));
        }
        requireVersion(listing, expectedVersion);
        return listing;
    }

    static void requireEditor(Actor actor, UUID organisationId) {
        if (!ListingAccess.mayEdit(actor, organisationId)) {
            throw new ForbiddenException("Only this organisation's group editors, coordinators and admins may change its listings");
        }
    }

    static void requireReviewer(Actor actor) {
        if (!ListingAccess.mayReview(actor)) {
            throw new ForbiddenException("Only a coordinator or an admin may do this");
        }
    }

    static void requireVersion(ServiceListing listing, long expectedVersion) {
        if (listing.version() != expectedVersion) {
            throw stale(listing.version());
        }
    }

    static PreconditionFailedException stale(long current) {
        return new PreconditionFailedException("The listing changed since the version you started from; it is now at version " + current,
                current);
    }

    /** After a conditional write matched nothing: say why (deleted, or someone else's change won). */
    RuntimeException lostRace(UUID id) {
        ServiceListing now = load(id);
        if (now.deletedAt() != null) {
            return new ConflictException("The listing has been deleted");
        }
        return stale(now.version());
    }
}
