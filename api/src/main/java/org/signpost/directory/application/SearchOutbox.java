package org.signpost.directory.application;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * The search indexer's outbox ({@code search_outbox}): one row per service whose search document
 * may have changed, written in the caller's transaction, due at once.
 */
public interface SearchOutbox {

    void enqueue(Collection<UUID> serviceIds, Instant now);

    /** Every service of the organisation (its name and details are in their documents). */
    int enqueueOrganisation(UUID organisationId, Instant now);

    /** Every service tagged with any of these terms. */
    int enqueueTagged(Collection<UUID> termIds, Instant now);
}
