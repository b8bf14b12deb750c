package org.signpost.directory.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ServiceListing;

/**
 * Writes listings. Every method that changes an existing listing bumps its version in the same
 * {@code UPDATE ... WHERE version = ?} that checks it, and returns false (having written nothing)
 * when the version is not the expected one or the listing is deleted. Callers run these inside a
 * transaction together with the history and outbox rows.
 */
public interface ListingStore {

    /** A new draft listing at version 1, assured today (its group just said it is true). */
    void insert(UUID id, ListingContent content, Instant now, LocalDate assuredDate);

    /** Writes {@code next} as the version after {@code current}: the service row and every part it owns. */
    boolean update(ServiceListing current, ListingContent next, Instant now);

    /** A new version with unchanged content (an edit that was wholly held for review). */
    boolean touch(UUID id, long expectedVersion, Instant now);

    boolean verify(UUID id, long expectedVersion, UUID by, Instant now, LocalDate today);

    boolean confirm(UUID id, long expectedVersion, Instant now, LocalDate today);

    boolean delete(UUID id, long expectedVersion, Instant now);
}
