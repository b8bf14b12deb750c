package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.indexer.SearchDocumentSource.ServiceVersion;

/**
 * Compares the database with the index, document by document (ids and versions), and optionally
 * repairs every difference by writing the current state. Both directions are walked: services the
 * index lacks or holds stale, and documents of services that no longer exist.
 */
@Singleton
public class ConsistencyCheck {

    private static final int PAGE = 1000;
    private static final int SAMPLE = 20;

    private final ElasticsearchClient client;
    private final ServiceIndex index;
    private final SearchDocumentSource source;
    private final IndexWriter writer;

    public ConsistencyCheck(ElasticsearchClient client, ServiceIndex index, SearchDocumentSource source, IndexWriter writer) {
        this.client = client;
        this.index = index;
        this.source = source;
        this.writer = writer;
    }

    public Report run(boolean repair) throws IOException {
        client.indices().refresh(r -> r.index(index.readAlias()));
        Counter counter = new Counter();
        UUID after = null;
        while (true) {
            List<ServiceVersion> page = source.page(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).serviceId();
            List<UUID> ids = page.stream().map(ServiceVersion::serviceId).toList();
            Map<UUID, ServiceDocuments> expected = source.load(ids);
            Map<String, Long> actual = indexedVersions(ids);
            Set<UUID> differing = new LinkedHashSet<>();
            for (ServiceDocuments service : expected.values()) {
                counter.services++;
                Set<String> expectedIds = new HashSet<>();
                for (ServiceDocument doc : service.documents()) {
                    counter.documents++;
                    expectedIds.add(doc.docId());
                    Long version = actual.get(doc.docId());
                    if (version == null) {
                        counter.note("missing", doc.docId(), differing, service.serviceId());
                    } else if (version != service.version()) {
                        counter.note("stale", doc.docId() + " (index v" + version + ", database v" + service.version() + ")",
                                differing, service.serviceId());
                    }
                }
                actual.keySet().stream().filter(id -> id.startsWith(service.serviceId().toString()) && !expectedIds.contains(id))
                        .forEach(id -> counter.note("extra", id, differing, service.serviceId()));
            }
            if (repair && !differing.isEmpty()) {
                counter.repaired += differing.size() - writer.apply(differing, source.load(differing), index.writeTargets()).size();
            }
        }
        orphans(counter, repair);
        return counter.report();
    }

    /** Documents whose service no longer exists in the database. */
    private void orphans(Counter counter, boolean repair) throws IOException {
        Map<String, FieldValue> afterKey = null;
        while (true) {
            Map<String, FieldValue> from = afterKey;
            var response = client.search(s -> s.index(index.readAlias()).size(0)
                    .aggregations("services", a -> a.composite(c -> {
                        c.size(PAGE).sources(Map.of("service", co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource
                                .of(src -> src.terms(t -> t.field(SearchFields.SERVICE_ID)))));
                        return from == null ? c : c.after(from);
                    })), Void.class);
            CompositeAggregate composite = response.aggregations().get("services").composite();
            List<UUID> ids = new ArrayList<>();
            for (CompositeBucket bucket : composite.buckets().array()) {
                ids.add(UUID.fromString(bucket.key().get("service").stringValue()));
            }
            if (ids.isEmpty()) {
                return;
            }
            Set<UUID> existing = source.existing(ids);
            Set<UUID> gone = new LinkedHashSet<>();
            for (UUID id : ids) {
                if (!existing.contains(id)) {
                    counter.note("orphan", id.toString(), gone, id);
                }
            }
            if (repair && !gone.isEmpty()) {
                counter.repaired += gone.size() - writer.apply(gone, Map.of(), index.writeTargets()).size();
            }
            if (composite.afterKey() == null || composite.afterKey().isEmpty()) {
                return;
            }
            afterKey = new HashMap<>();
            for (var entry : composite.afterKey().entrySet()) {
                afterKey.put(entry.getKey(), entry.getValue());
            }
        }
    }

    private Map<String, Long> indexedVersions(List<UUID> services) throws IOException {
        List<FieldValue> values = services.stream().map(id -> FieldValue.of(id.toString())).toList();
        var response = client.search(s -> s.index(index.readAlias()).size(10_000).version(true).source(src -> src.fetch(false))
                .query(q -> q.terms(t -> t.field(SearchFields.SERVICE_ID).terms(v -> v.value(values)))), Void.class);
        Map<String, Long> versions = new HashMap<>();
        for (Hit<Void> hit : response.hits().hits()) {
            versions.put(hit.id(), hit.version());
        }
        return versions;
    }

    /** What the check found. {@code differences} counts documents; samples show the first few. */
    public record Report(long services, long documents, Map<String, Long> differences, List<String> samples, long repairedServices) {

        public long totalDifferences() {
            return differences.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final class Counter {
        long services;
        long documents;
        long repaired;
        final Map<String, Long> differences = new HashMap<>();
        final List<String> samples = new ArrayList<>();

        void note(String kind, String what, Set<UUID> differing, UUID service) {
            differences.merge(kind, 1L, Long::sum);
            differing.add(service);
            if (samples.size() < SAMPLE) {
                samples.add(kind + ": " + what);
            }
        }

        Report report() {
            return new Report(services, documents, Map.copyOf(differences), List.copyOf(samples), repaired);
        }
    }
}
