package org.signpost.seeds.model;

import java.util.UUID;

/**
 * HSDS service_area.
 *
 * @param sourceId    its id in the source; null when the feed gives none
 * @param name        e.g. "Rotherham borough"
 * @param description HSDS {@code service_area} text
 */
public record ImportedServiceArea(UUID sourceId, String name, String description) {
}
