package org.signpost.seeds.model;

import java.util.UUID;

/**
 * A taxonomy term a service is tagged with (from an HSDS attribute). At least one of id and code is set;
 * resolve by code first (our stable external codes such as {@code sp-loneliness}), then by id.
 *
 * @param termId the term's id in the source
 * @param code   the term's stable code (our taxonomy's extension field {@code code}); may be null
 * @param name   the term's name as the source gave it; may be null
 */
public record TaxonomyTermRef(UUID termId, String code, String name) {

    public static TaxonomyTermRef ofCode(String code) {
        return new TaxonomyTermRef(null, code, null);
    }
}
