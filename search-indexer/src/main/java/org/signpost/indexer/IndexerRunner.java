package org.signpost.indexer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox indexer on its own thread while this instance holds the lease, and runs
 * rebuilds with the outbox paused. Every API replica may run one; the lease lets exactly one
 * work, and another takes over within the lease's lifetime when it dies.
 */
@Singleton
@Requires(beans = SearchDocumentSource.class)
@Requires(property = "signpost.indexer.enabled", notEquals = "false")
public class IndexerRunner implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(IndexerRunner.class);

    private final OutboxIndexer outbox;
    private final IndexerLease lease;
    private final IndexRebuilder rebuilder;
    private final ServiceIndex index;
    private final IndexerSettings settings;
    private final Object work = new Object();
    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;

    public IndexerRunner(OutboxIndexer outbox, IndexerLease lease, IndexRebuilder rebuilder, ServiceIndex index,
            IndexerSettings settings) {
        this.outbox = outbox;
        this.lease = lease;
        this.rebuilder = rebuilder;
        this.index = index;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        start();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean leader() {
        return leader;
    }

    /** Rebuilds the index with the outbox paused; refused when another instance holds the lease. */
    public RebuildProgress rebuild() throws IOException {
        synchronized (work) {
            if (!lease.acquire()) {
                throw new IllegalStateException("Another indexer instance holds the lease; run the rebuild there");
            }
            return rebuilder.rebuild();
        }
    }

    private void loop() {
        long renewEvery = Math.max(200, settings.leaseTtl().toMillis() / 3);
        long lastRenewal = 0;
        boolean repaired = false;
        while (running) {
            try {
                if (System.currentTimeMillis() - lastRenewal >= renewEvery) {
                    boolean was = leader;
                    leader = lease.acquire();
                    lastRenewal = System.currentTimeMillis();
                    if (leader != was) {
                        LOG.info("Search indexer {} {} the lease", lease.holder(), leader ? "holds" : "lost");
                    }
                }
                if (!leader) {
                    sleep(Duration.ofMillis(renewEvery));
                    continue;
                }
                int taken;
                synchronized (work) {
                    if (!repaired) {
                        index.repair();
                        repaired = true;
                    }
                    taken = outbox.processBatch();
                }
                if (taken == 0) {
                    sleep(settings.pollInterval());
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warn("Search indexer pass failed: {}", e.toString());
                    sleep(Duration.ofSeconds(1));
                }
            }
        }
    }

    @PreDestroy
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (leader) {
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.debug("Lease not released: {}", e.toString());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
