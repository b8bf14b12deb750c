package org.signpost.audit.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.security.model.Role;

/** One line of the audit log. {@code purpose} is null when none (or no valid one) was stated. */
public record AuditRecord(
        long id,
        Instant at,
        UUID actorId,
        String actorUsername,
        Set<Role> actorRoles,
        AuditAction action,
        Resource resource,
        List<String> fields,
        Purpose purpose,
        boolean allowed,
        String reason) {

    public AuditRecord {
        actorRoles = Set.copyOf(actorRoles);
        fields = List.copyOf(fields);
    }
}
