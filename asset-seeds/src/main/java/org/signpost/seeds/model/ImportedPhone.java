package org.signpost.seeds.model;

import java.util.UUID;

/**
 * HSDS phone.
 *
 * @param sourceId    its id in the source; null when the feed gives none
 * @param number      required, as given (trimmed)
 * @param type        e.g. voice, cell, text, fax (free text in ORUK)
 * @param description e.g. "Mobile, calls and texts"
 */
public record ImportedPhone(UUID sourceId, String number, String type, String description) {
}
