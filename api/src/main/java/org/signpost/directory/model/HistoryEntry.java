package org.signpost.directory.model;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One change to a listing: the version it made, what kind of change, who and when, and the whole
 * listing before and after (null before a create).
 */
public record HistoryEntry(UUID serviceId, long version, Kind kind, UUID changedBy, String changedByUsername, Instant changedAt,
        ServiceListing before, ServiceListing after, Long restoredFrom, Set<ListingField> held) {

    public HistoryEntry {
        held = held == null ? Set.of() : Set.copyOf(held);
    }

    public enum Kind {
        CREATE,
        UPDATE,
        /** An edit whose every change was held for review: the content did not change. */
        HOLD,
        VERIFY,
        CONFIRM,
        DELETE,
        RESTORE,
        APPROVE,
        /** Written by an Open Referral UK feed import (a new or changed record). */
        IMPORT;

        public String wire() {
            return name().toLowerCase();
        }
    }
}
