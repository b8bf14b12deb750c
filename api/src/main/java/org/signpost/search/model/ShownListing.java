package org.signpost.search.model;

import java.time.LocalDateTime;
import org.signpost.directory.model.ResidentVisibility;

/**
 * A hit as one audience is shown it: distance from the searched point, the next session, and for
 * link workers only the capacity and whether the listing is stale.
 */
public record ShownListing(ListingHit hit, Integer distanceM, LocalDateTime nextSession, Integer capacityAvailable,
        Integer capacityMaximum, Boolean stale) {

    /** Decides what {@code audience} sees of {@code hit}. */
    public static ShownListing of(ListingHit hit, Audience audience, GeoPoint origin, ScheduleMoment now,
            ResidentVisibility.Criteria visibility) {
        Integer distance = origin == null || hit.location() == null ? null : (int) Math.round(origin.metresTo(hit.location()));
        LocalDateTime next = NextSession.after(hit.slots(), now).orElse(null);
        if (audience != Audience.LINK_WORKER) {
            return new ShownListing(hit, distance, next, null, null, null);
        }
        boolean stale = visibility.flaggedStale(hit.assuredDate());
        return new ShownListing(hit, distance, next, hit.capacityAvailable(), hit.capacityMaximum(), stale);
    }
}
