package org.signpost.directory.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.model.ListingField;
import org.signpost.directory.model.PendingChange;

/** Held edits. */
public interface PendingChangeStore {

    void insert(PendingChange change);

    /** Marks the pending changes of these fields (all fields when null) superseded. */
    void supersede(UUID serviceId, Set<ListingField> fields, Instant now);

    Optional<PendingChange> find(UUID id);

    List<PendingChange> pendingFor(UUID serviceId);

    /** Pending changes, oldest first, of one service and/or of one organisation's services (null: any). */
    Page<PendingChange> pending(UUID serviceId, UUID organisationId, int page, int perPage);

    /** Moves a pending change to {@code state}; false when it was no longer pending. */
    boolean decide(UUID id, PendingChange.State state, UUID by, Instant now, String note);
}
