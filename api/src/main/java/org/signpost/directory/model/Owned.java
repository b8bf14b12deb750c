package org.signpost.directory.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.GeoBounds;

/**
 * The ids of the parts a listing has now. A part in an edit keeps its id only when it is one of
 * these: an id from elsewhere (another listing, an old version) makes a new part, never a change
 * to someone else's.
 */
final class Owned {

    final Set<UUID> locations = new HashSet<>();
    final Set<UUID> schedules = new HashSet<>();
    final Set<UUID> costs = new HashSet<>();
    final Set<UUID> contacts = new HashSet<>();
    final Set<UUID> languages = new HashSet<>();
    private final List<ListingContent.Location> current;

    private Owned(ServiceListing listing) {
        if (listing == null) {
            current = List.of();
            return;
        }
        current = ListingContents.of(listing).locations();
        listing.places().forEach(p -> locations.add(p.locationId()));
        listing.schedules().forEach(s -> schedules.add(s.id()));
        listing.costOptions().forEach(c -> costs.add(c.id()));
        listing.contacts().forEach(c -> contacts.add(c.id()));
        listing.languages().forEach(l -> languages.add(l.id()));
    }

    static Owned of(ServiceListing listing) {
        return new Owned(listing);
    }

    /** The id when it is one of this listing's and not already used in this edit (a repeated id makes a new part). */
    UUID keep(Set<UUID> owned, UUID id) {
        return id != null && owned.remove(id) ? id : null;
    }

    /** One of this listing's unclaimed locations that looks exactly like the draft (so resending it without ids changes nothing). */
    Optional<UUID> sameAs(ServiceDraft.LocationDraft draft, Set<UUID> claimed) {
        if (draft == null) {
            return Optional.empty();
        }
        ListingContent.Location wanted = LocationRule.check(draft, null, GeoBounds.WORLD, "", new Violations());
        if (wanted == null) {
            return Optional.empty();
        }
        for (ListingContent.Location location : current) {
            if (!claimed.contains(location.id()) && location.withoutIds().equals(wanted.withoutIds())) {
                claimed.add(location.id());
                return Optional.of(location.id());
            }
        }
        return Optional.empty();
    }
}
