package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Brings the documents of a batch of services in the index to what the database says now. Every
 * write carries the service's row version as an external version, so Elasticsearch itself
 * refuses anything older than what it holds: replays and late writers are harmless. Each bulk
 * request refreshes what it wrote, so a committed edit is searchable as soon as its batch is written.
 */
@Singleton
public class IndexWriter {

    private final ElasticsearchClient client;

    public IndexWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param requested the services to bring up to date
     * @param current their current documents (absent: the service no longer exists)
     * @param targets the indices or aliases to write to
     * @return the services that could not be written, with the reason
     */
    public Map<UUID, String> apply(Collection<UUID> requested, Map<UUID, ServiceDocuments> current, List<String> targets)
            throws IOException {
        Map<UUID, String> failures = new HashMap<>();
        for (String target : targets) {
            Map<String, UUID> serviceOfOp = new HashMap<>();
            List<BulkOperation> operations = new ArrayList<>();
            Map<UUID, Set<String>> indexed = indexedIds(target, requested);
            for (UUID serviceId : requested) {
                ServiceDocuments docs = current.get(serviceId);
                Set<String> keep = new HashSet<>();
                if (docs != null) {
                    for (ServiceDocument doc : docs.documents()) {
                        keep.add(doc.docId());
                        serviceOfOp.put(doc.docId(), serviceId);
                        operations.add(BulkOperation.of(b -> b.index(i -> i.index(target).id(doc.docId())
                                .version(docs.version()).versionType(VersionType.External).document(doc))));
                    }
                }
                for (String stale : indexed.getOrDefault(serviceId, Set.of())) {
                    if (keep.contains(stale)) {
                        continue;
                    }
                    serviceOfOp.put(stale, serviceId);
                    operations.add(docs == null
                            ? BulkOperation.of(b -> b.delete(d -> d.index(target).id(stale)))
                            : BulkOperation.of(b -> b.delete(d -> d.index(target).id(stale)
                                    .version(docs.version()).versionType(VersionType.External))));
                }
            }
            if (operations.isEmpty()) {
                continue;
            }
            // refreshed at once rather than at the next periodic refresh: an edit reaches search in one round trip
            BulkResponse response = client.bulk(b -> b.operations(operations).refresh(Refresh.True));
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() == null || item.status() == 409 || item.status() == 404) {
                        // 409: the index already holds this version or a newer one; 404: already gone
                        continue;
                    }
                    failures.put(serviceOfOp.get(item.id()), item.error().type() + ": " + item.error().reason());
                }
            }
        }
        return failures;
    }

    /** The ids of the documents each service has in the target now. */
    private Map<UUID, Set<String>> indexedIds(String target, Collection<UUID> services) throws IOException {
        Map<UUID, Set<String>> ids = new HashMap<>();
        List<List<UUID>> chunks = chunks(List.copyOf(services), 1000);
        for (List<UUID> chunk : chunks) {
            List<co.elastic.clients.elasticsearch._types.FieldValue> values = chunk.stream()
                    .map(id -> co.elastic.clients.elasticsearch._types.FieldValue.of(id.toString())).toList();
            var response = client.search(s -> s.index(target).size(10_000).source(src -> src.fetch(false))
                    .docvalueFields(f -> f.field(SearchFields.SERVICE_ID))
                    .query(q -> q.terms(t -> t.field(SearchFields.SERVICE_ID).terms(v -> v.value(values)))), Void.class);
            for (Hit<Void> hit : response.hits().hits()) {
                JsonData service = hit.fields().get(SearchFields.SERVICE_ID);
                if (service != null) {
                    ids.computeIfAbsent(UUID.fromString(service.toJson().asJsonArray().getString(0)), k -> new HashSet<>()).add(hit.id());
                }
            }
        }
        return ids;
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
