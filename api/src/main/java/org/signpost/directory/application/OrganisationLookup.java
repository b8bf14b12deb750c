package org.signpost.directory.application;

import java.util.Optional;
import java.util.UUID;

/** What other features may ask about organisations (users admin binds group editors to one). */
public interface OrganisationLookup {

    boolean exists(UUID organisationId);

    /** Some organisation, when the directory has any (demo users bind their group editor to it). */
    Optional<UUID> anyOrganisation();
}
