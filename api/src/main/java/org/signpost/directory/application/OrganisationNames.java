package org.signpost.directory.application;

import java.util.Optional;
import java.util.UUID;

/** The name of an organisation in the directory, to check that one named in a request exists. */
public interface OrganisationNames {

    Optional<String> name(UUID organisationId);
}
