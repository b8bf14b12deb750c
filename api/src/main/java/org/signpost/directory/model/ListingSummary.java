package org.signpost.directory.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/** A listing's headline, for lists and review queues (not a whole listing). */
public record ListingSummary(UUID id, UUID organisationId, String organisationName, String name, ServiceStatus status,
        Verification verification, LocalDate assuredDate, long version, Instant deletedAt, Instant updatedAt,
        ReferralRoute referralRoute) {
}
