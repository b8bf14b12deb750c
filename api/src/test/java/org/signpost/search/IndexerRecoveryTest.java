package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.indexer.ConsistencyCheck;
import org.signpost.indexer.IndexRebuilder;
import org.signpost.indexer.IndexWriter;
import org.signpost.indexer.OutboxIndexer;
import org.signpost.indexer.SearchDocumentSource;
import org.signpost.indexer.ServiceDocuments;
import org.signpost.indexer.ServiceIndex;
import org.signpost.testing.DirectoryRows;

/**
 * The indexer against the real MariaDB and Elasticsearch, driven by hand (the background loop is
 * off here) so each failure can be staged exactly.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
class IndexerRecoveryTest {

    @Inject
    OutboxIndexer outbox;

    @Inject
    ConsistencyCheck consistency;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    IndexWriter writer;

    @Inject
    SearchDocumentSource source;

    @Inject
    ServiceIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    DirectoryRows rows;

    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeEach
    void upToDate() throws IOException {
        index.repair();
        drain();
    }

    @Test
    void anEditAndADeletionEachReachTheIndex() throws IOException {
        UUID service = rows.verifiedService("Wath Walking Group", 53.5023, -1.3432);
        drain();
        assertThat(documents(service)).singleElement().satisfies(doc -> {
            assertThat(doc.get("name")).isEqualTo("Wath Walking Group");
            assertThat(doc.get("version")).isEqualTo(1);
        });

        rows.rename(service, "Wath Wanderers");
        drain();
        assertThat(documents(service)).singleElement().satisfies(doc -> {
            assertThat(doc.get("name")).isEqualTo("Wath Wanderers");
            assertThat(doc.get("version")).isEqualTo(2);
        });

        rows.delete(service);
        drain();
        assertThat(documents(service)).isEmpty();
    }

    @Test
    void aBatchThatDiesBeforeItCommitsIsRedoneWithNothingLostAndNothingDuplicated() throws IOException {
        List<UUID> services = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            services.add(rows.verifiedService("Rawmarsh Craft Circle " + i, 53.46 + i * 0.001, -1.34));
        }
        // the documents reach Elasticsearch, then the process dies before the outbox rows are deleted
        transactions.executeWrite(status -> {
            outbox.processBatch();
            status.setRollbackOnly();
            return null;
        });
        assertThat(rows.pendingOutboxRows()).isGreaterThanOrEqualTo(30);

        drain();

        assertThat(rows.pendingOutboxRows()).isZero();
        for (UUID service : services) {
            assertThat(documents(service)).hasSize(1);
        }
        assertThat(consistency.run(false).totalDifferences()).isZero();
    }

    @Test
    void aReplayedOrLateWriteNeverRegressesADocument() throws IOException {
        UUID service = rows.verifiedService("Maltby Men's Shed", 53.4237, -1.2010);
        drain();
        ServiceDocuments version1 = source.load(List.of(service)).get(service);
        rows.rename(service, "Maltby Men's Shed and Workshop");
        drain();

        // a slow worker that loaded version 1 writes it now
        writer.apply(List.of(service), Map.of(service, version1), index.writeTargets());
        rows.replay(service);
        drain();

        assertThat(documents(service)).singleElement().satisfies(doc -> {
            assertThat(doc.get("name")).isEqualTo("Maltby Men's Shed and Workshop");
            assertThat(doc.get("version")).isEqualTo(2);
        });
    }

    @Test
    void aRebuildUnderConcurrentEditsEndsConsistent() throws Exception {
        List<UUID> services = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            services.add(rows.verifiedService("Dinnington Coffee Morning " + i, 53.36 + i * 0.0005, -1.20));
        }
        drain();
        Map<UUID, String> latest = new HashMap<>();
        Random random = new Random(7);
        CompletableFuture<Void> edits = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 100; i++) {
                UUID service = services.get(random.nextInt(services.size()));
                String name = "Dinnington Coffee Morning edit " + i;
                rows.rename(service, name);
                synchronized (latest) {
                    latest.put(service, name);
                }
            }
        });

        rebuilder.rebuild();
        edits.get();
        drain();

        assertThat(consistency.run(false).totalDifferences()).isZero();
        for (var edit : latest.entrySet()) {
            assertThat(documents(edit.getKey())).singleElement()
                    .satisfies(doc -> assertThat(doc.get("name")).isEqualTo(edit.getValue()));
        }
    }

    @Test
    void theConsistencyCheckFindsLostEventsAndRepairsThem() throws IOException {
        UUID renamed = rows.verifiedService("Swinton Lock Allotment", 53.4870, -1.3140);
        drain();
        rows.rename(renamed, "Swinton Lock Community Allotment", false);
        UUID neverIndexed = rows.verifiedService("Kiveton Park Bowls", 53.3400, -1.2400, false);

        ConsistencyCheck.Report found = consistency.run(false);
        assertThat(found.differences()).containsEntry("missing", 1L).containsEntry("stale", 1L);
        assertThat(found.samples()).anyMatch(sample -> sample.contains(neverIndexed.toString()));

        consistency.run(true);
        assertThat(consistency.run(false).totalDifferences()).isZero();
        assertThat(documents(neverIndexed)).hasSize(1);
        assertThat(documents(renamed)).singleElement()
                .satisfies(doc -> assertThat(doc.get("name")).isEqualTo("Swinton Lock Community Allotment"));
    }

    private void drain() {
        while (outbox.processBatch() > 0) {
            // until the outbox is empty
        }
    }

    @SuppressWarnings("rawtypes")
    private List<Map> documents(UUID service) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(index.readAlias()));
        return elasticsearch.search(s -> s.index(index.readAlias())
                        .query(q -> q.term(t -> t.field("service_id").value(service.toString()))), Map.class)
                .hits().hits().stream().map(Hit::source).map(Map.class::cast).toList();
    }

}
