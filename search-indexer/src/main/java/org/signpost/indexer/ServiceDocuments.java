package org.signpost.indexer;

import java.util.List;
import java.util.UUID;

/**
 * What the index should hold for one service right now: its documents (none when it must not be
 * searchable at all) at the service's database row version, which every write uses as the
 * Elasticsearch external version, so a late or replayed write can never overwrite newer data.
 */
public record ServiceDocuments(UUID serviceId, long version, List<ServiceDocument> documents) {

    public ServiceDocuments {
        documents = List.copyOf(documents);
    }
}
