package org.signpost.directory.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A needs taxonomy term: stable code, place in the tree, and the words residents type for it. */
public record TaxonomyTerm(UUID id, UUID taxonomyId, String code, String name, String description, UUID parentId,
        List<String> keywords, long version, Instant editedAt) {

    public TaxonomyTerm {
        keywords = List.copyOf(keywords);
    }
}
