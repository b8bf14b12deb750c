package org.signpost.seeds.model;

import java.util.UUID;

/**
 * The organisation running a service (HSDS organization).
 *
 * @param sourceId    its id in the source (UUID); null when the feed gives none
 * @param name        required, plain text
 * @param description plain text
 * @param email       an email address
 * @param website     an absolute http(s) URL (ORUK {@code website}, older feeds {@code url})
 */
public record ImportedOrganisation(UUID sourceId, String name, String description, String email, String website) {
}
