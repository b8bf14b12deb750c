package org.signpost.directory.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * Which listings the public may see (the Open Referral UK feed): verified, active, not deleted, and
 * assured (last reviewed) within {@code hideAfter} of today. A listing never reviewed is not shown.
 * The SQL of the feed's queries states the same rule with {@link #assuredSince(LocalDate)}.
 */
public final class PublishedListingRule {

    private final Period hideAfter;

    public PublishedListingRule(Period hideAfter) {
        this.hideAfter = hideAfter;
    }

    /** The oldest assured date still shown today. */
    public LocalDate assuredSince(LocalDate today) {
        return today.minus(hideAfter);
    }

    public boolean shows(ServiceListing listing, LocalDate today) {
        return listing.verification() == Verification.VERIFIED
                && listing.status() == ServiceStatus.ACTIVE
                && listing.deletedAt() == null
                && listing.assuredDate() != null
                && !listing.assuredDate().isBefore(assuredSince(today));
    }
}
