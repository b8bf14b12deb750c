package org.signpost.people.model;

import java.time.Instant;
import java.util.UUID;

/** A consent as recorded, with its withdrawal (if any). Never deleted. */
public record Consent(
        UUID id,
        UUID residentId,
        ConsentKind kind,
        UUID organisationId,
        String note,
        UUID recordedBy,
        Instant recordedAt,
        UUID withdrawnBy,
        Instant withdrawnAt,
        String withdrawalReason) {

    public boolean inForce() {
        return withdrawnAt == null;
    }

    /** In force and for this purpose (and, for sharing, this organisation). */
    public boolean covers(ConsentKind wanted, UUID organisation) {
        return inForce() && kind == wanted && (wanted != ConsentKind.SHARE_WITH_PROVIDER || organisation.equals(organisationId));
    }
}
