package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.indices.Alias;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.signpost.indexer.SearchDocumentSource.ServiceVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full rebuild: fills a new physical index from the database, refreshes it, then swaps both
 * aliases to it in one atomic step. Runs while the outbox indexer is paused (see
 * {@link IndexerRunner}); edits made meanwhile wait in the outbox and land on the new index after
 * the swap, so a rebuild under concurrent edits ends consistent.
 */
@Singleton
public class IndexRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int PAGE = 1000;
    /**
     * Bulk requests sent at once: one bulk into a one-shard index is indexed by one write thread, so
     * a second one in flight lets Elasticsearch use a second core.
     */
    private static final int BULKS_IN_FLIGHT = 2;

    private final ElasticsearchClient client;
    private final ServiceIndex index;
    private final SearchDocumentSource source;
    private volatile RebuildProgress progress = RebuildProgress.idle();

    public IndexRebuilder(ElasticsearchClient client, ServiceIndex index, SearchDocumentSource source) {
        this.client = client;
        this.index = index;
        this.source = source;
    }

    public RebuildProgress progress() {
        return progress;
    }

    /** Rebuilds; returns the final progress (documents written, rate). */
    public RebuildProgress rebuild() throws IOException {
        long started = System.nanoTime();
        String target = index.createPhysical(Map.of(index.rebuildAlias(), Alias.of(a -> a)));
        // a bulk load into an index nobody reads yet: no refreshes, and the translog synced every few seconds
        // rather than on every bulk request (a crash mid-rebuild loses the new index anyway, never the live one)
        client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("-1"))
                .translog(t -> t.durability(TranslogDurability.Async))));
        progress = RebuildProgress.running(target, 0, 0, started);
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild-loader"));
        ExecutorService writers = Executors.newFixedThreadPool(BULKS_IN_FLIGHT, r -> new Thread(r, "rebuild-writer"));
        try {
            long services = 0;
            long documents = 0;
            Deque<Future<Integer>> writing = new ArrayDeque<>();
            CompletableFuture<Batch> next = CompletableFuture.supplyAsync(() -> load(null), loader);
            while (true) {
                Batch batch = next.join();
                if (batch.page().isEmpty()) {
                    break;
                }
                UUID after = batch.page().get(batch.page().size() - 1).serviceId();
                // load the next page while this one is written
                next = CompletableFuture.supplyAsync(() -> load(after), loader);
                writing.add(writers.submit(() -> write(target, batch.documents())));
                if (writing.size() >= BULKS_IN_FLIGHT) {
                    documents += written(writing.removeFirst());
                }
                services += batch.page().size();
                progress = RebuildProgress.running(target, services, documents, started);
                if (services % 50_000 < PAGE) {
                    LOG.info("Rebuild into {}: {} services, {} documents, {} docs/s", target, services, documents,
                            progress.documentsPerSecond());
                }
            }
            while (!writing.isEmpty()) {
                documents += written(writing.removeFirst());
            }
            client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("500ms"))
                    .translog(t -> t.durability(TranslogDurability.Request))));
            client.indices().refresh(r -> r.index(target));
            // everything written asynchronously is on disk before the index goes live
            client.indices().flush(f -> f.index(target));
            index.swapTo(target);
            progress = RebuildProgress.done(target, services, documents, started);
            LOG.info("Rebuild done: {} services, {} documents in {} ms ({} docs/s)", services, documents,
                    progress.elapsedMillis(), progress.documentsPerSecond());
            return progress;
        } catch (IOException | RuntimeException e) {
            progress = RebuildProgress.failed(target, e.toString(), started);
            // the other bulk still in flight must end first: a write after the delete would create the index again
            stop(writers);
            client.indices().delete(d -> d.index(target).ignoreUnavailable(true));
            throw e;
        } finally {
            loader.shutdownNow();
            writers.shutdownNow();
        }
    }

    /** Lets a bulk request in flight finish (interrupting its thread would not stop the request). */
    private static void stop(ExecutorService writers) {
        writers.shutdown();
        try {
            if (!writers.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A rebuild bulk request was still running a minute after the rebuild failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int written(Future<Integer> bulk) throws IOException {
        try {
            return bulk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Rebuild interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Batch load(UUID after) {
        List<ServiceVersion> page = source.page(after, PAGE);
        Map<UUID, ServiceDocuments> docs = source.load(page.stream().map(ServiceVersion::serviceId).toList());
        return new Batch(page, List.copyOf(docs.values()));
    }

    private int write(String target, List<ServiceDocuments> services) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (ServiceDocuments service : services) {
            for (ServiceDocument doc : service.documents()) {
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(target).id(doc.docId())
                        .version(service.version()).versionType(VersionType.External).document(doc))));
            }
        }
        if (operations.isEmpty()) {
            return 0;
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            var failed = response.items().stream().filter(i -> i.error() != null && i.status() != 409).findFirst();
            if (failed.isPresent()) {
                throw new IllegalStateException("Rebuild bulk write failed for " + failed.get().id() + ": "
                        + failed.get().error().reason());
            }
        }
        return operations.size();
    }

    private record Batch(List<ServiceVersion> page, List<ServiceDocuments> documents) {
    }
}
