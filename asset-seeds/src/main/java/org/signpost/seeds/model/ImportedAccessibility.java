package org.signpost.seeds.model;

import java.util.UUID;

/**
 * HSDS accessibility of a location.
 *
 * @param sourceId    its id in the source; null when the feed gives none
 * @param description what is offered, e.g. "Hearing loop"
 * @param details     more detail
 * @param url         an absolute http(s) URL
 */
public record ImportedAccessibility(UUID sourceId, String description, String details, String url) {
}
