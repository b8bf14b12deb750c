package org.signpost.directory.application;

import java.time.LocalDate;
import java.util.UUID;
import org.signpost.directory.model.ListingSummary;
import org.signpost.directory.model.Verification;

/** Lists of listing headlines. */
public interface ListingQueries {

    Page<ListingSummary> list(UUID organisationId, Verification verification, boolean includeDeleted, int page, int perPage);

    /** Verified, not deleted, assured before {@code cutoff} or never: oldest first. */
    Page<ListingSummary> reviewDue(UUID organisationId, LocalDate cutoff, int page, int perPage);
}
