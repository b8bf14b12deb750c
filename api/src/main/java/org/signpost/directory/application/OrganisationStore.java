package org.signpost.directory.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.OrganisationDetails;
import org.signpost.directory.model.OrganisationDraft;

/** Organisations. */
public interface OrganisationStore {

    void insert(UUID id, OrganisationDraft draft, Instant now);

    Optional<OrganisationDetails> find(UUID id);

    /** False (nothing written) when the version is not the expected one. */
    boolean update(UUID id, long expectedVersion, OrganisationDraft draft, Instant now);

    /** By name; {@code onlyId} restricts to one organisation (a group editor's own). */
    Page<OrganisationDetails> list(String nameContains, UUID onlyId, int page, int perPage);

    /** The organisation that comes first by name, if any: for demo users. */
    Optional<UUID> firstByName();
}
