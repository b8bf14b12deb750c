package org.signpost.accounts.model;

import java.time.Instant;
import java.util.UUID;

/** A claim of an existing listing: approved, its claimant edits the listing's organisation. */
public record ListingClaimRecord(UUID id, UUID serviceId, UUID organisationId, String serviceName, String serviceUrl,
        String organisationName, String organisationWebsite, UUID requestedBy, String requestedByName, String proofEmail, String note, ApprovalStatus status, Instant requestedAt,
        Instant decidedAt, String decisionNote) {
}
