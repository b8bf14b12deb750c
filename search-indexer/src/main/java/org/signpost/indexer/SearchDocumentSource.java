package org.signpost.indexer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The source of truth the indexer reads: the directory in MySQL ({@link JdbcSearchDocuments}).
 */
public interface SearchDocumentSource {

    /**
     * The current documents of each existing service among {@code serviceIds}. A service that no
     * longer exists at all is absent from the map.
     */
    Map<UUID, ServiceDocuments> load(Collection<UUID> serviceIds);

    /** Every existing service's id and version, in id order, after {@code afterId} (null: from the start). */
    List<ServiceVersion> page(UUID afterId, int limit);

    /** Which of these services exist at all. */
    default java.util.Set<UUID> existing(Collection<UUID> serviceIds) {
        return load(serviceIds).keySet();
    }

    record ServiceVersion(UUID serviceId, long version) {
    }
}
