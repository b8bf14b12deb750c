package org.signpost.seeds.model;

import java.util.UUID;

/**
 * HSDS language.
 *
 * @param sourceId its id in the source; null when the feed gives none
 * @param name     e.g. "Urdu"
 * @param code     ISO 639 code, e.g. "ur"
 */
public record ImportedLanguage(UUID sourceId, String name, String code) {
}
