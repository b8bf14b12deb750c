package org.signpost.directory.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One field of a group's edit to a verified listing, held for a coordinator. {@code proposed} is
 * the whole listing as the group sent it; approving takes only {@code field} from it.
 */
public record PendingChange(UUID id, UUID serviceId, String serviceName, ListingField field, ListingContent proposed,
        long baseVersion, UUID proposedBy, Instant proposedAt, State state, UUID decidedBy, Instant decidedAt,
        String decisionNote) {

    public enum State {
        PENDING,
        APPROVED,
        REJECTED,
        /** A later edit to the same field, or the listing's deletion, replaced it. */
        SUPERSEDED;

        public String wire() {
            return name().toLowerCase();
        }
    }
}
