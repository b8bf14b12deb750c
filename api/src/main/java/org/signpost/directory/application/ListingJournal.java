package org.signpost.directory.application;

import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.HistoryEntry;
import org.signpost.directory.model.ServiceListing;

/** Listing history: written with every change, read newest first. */
public interface ListingJournal {

    void record(HistoryEntry entry);

    Page<HistoryEntry> page(UUID serviceId, int page, int perPage);

    /** The listing as it was right after the change that made {@code version}. */
    Optional<ServiceListing> version(UUID serviceId, long version);
}
