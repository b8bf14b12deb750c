package org.signpost;

import io.micronaut.context.ApplicationContext;
import java.util.concurrent.CountDownLatch;

/**
 * The search indexer on its own, for deployments with several API replicas: the same
 * configuration as the API (database, Elasticsearch), no HTTP server. Several may run; the
 * database lease lets one work and another take over when it dies. Run API replicas with
 * {@code SIGNPOST_INDEXER_ENABLED=false} when this runs.
 */
public final class IndexerApplication {

    private IndexerApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        ApplicationContext context = ApplicationContext.builder(IndexerApplication.class)
                .properties(java.util.Map.of("signpost.indexer.enabled", "true"))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "indexer-stop"));
        stopped.await();
    }
}
