package org.signpost.accounts.model;

import java.time.Instant;
import java.util.UUID;

/** A group's request to join as a new organisation ({@code organisationId} is the id it gets on approval). */
public record GroupSignUpRecord(UUID id, UUID organisationId, String name, String description, String email, String website,
        String note, UUID requestedBy, String requestedByName, ApprovalStatus status, Instant requestedAt, Instant decidedAt,
        String decisionNote) {
}
