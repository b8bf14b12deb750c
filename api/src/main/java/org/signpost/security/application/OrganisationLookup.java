package org.signpost.security.application;

import java.util.Optional;
import java.util.UUID;

/**
 * What security needs to know of organisations (user administration binds group editors to one;
 * demo users to any): a port security owns and the directory implements, so security does not
 * depend on the directory.
 */
public interface OrganisationLookup {

    boolean exists(UUID organisationId);

    /** Some organisation, when the directory has any (demo users bind their group editor to it). */
    Optional<UUID> anyOrganisation();
}
