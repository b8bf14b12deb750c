package org.signpost.search.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A hit as one audience is shown it: distance from the searched point, the next session, and for
 * link workers only the capacity and whether the listing is stale.
 */
public record ShownListing(ListingHit hit, Integer distanceM, LocalDateTime nextSession, Integer capacityAvailable,
        Integer capacityMaximum, Boolean stale) {

    /** Decides what {@code audience} sees of {@code hit}. */
    public static ShownListing of(ListingHit hit, Audience audience, GeoPoint origin, ScheduleMoment now, LocalDate oldestVisible) {
        Integer distance = origin == null || hit.location() == null ? null : (int) Math.round(origin.metresTo(hit.location()));
        LocalDateTime next = NextSession.after(hit.slots(), now).orElse(null);
        if (audience != Audience.LINK_WORKER) {
            return new ShownListing(hit, distance, next, null, null, null);
        }
        boolean stale = hit.assuredDate() == null || hit.assuredDate().isBefore(oldestVisible);
        return new ShownListing(hit, distance, next, hit.capacityAvailable(), hit.capacityMaximum(), stale);
    }
}
