package org.signpost.platform.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link EventDispatcher} on its own thread while this instance holds the dispatcher lease. Every replica may
 * run one ({@code signpost.events.dispatcher-enabled}); the lease lets one work and another take over within the
 * lease's lifetime when it dies.
 */
@Singleton
@Requires(property = "signpost.events.dispatcher-enabled", notEquals = "false")
public class EventDispatcherRunner implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcherRunner.class);

    private final EventDispatcher dispatcher;
    private final DispatcherLease lease;
    private final EventSettings settings;
    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;

    EventDispatcherRunner(EventDispatcher dispatcher, DispatcherLease lease, EventSettings settings) {
        this.dispatcher = dispatcher;
        this.lease = lease;
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
        thread = new Thread(this::loop, "event-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean leader() {
        return leader;
    }

    private void loop() {
        long renewEvery = Math.max(200, settings.leaseTtl().toMillis() / 3);
        long lastRenewal = 0;
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (System.currentTimeMillis() - lastRenewal >= renewEvery) {
                    boolean was = leader;
                    leader = lease.acquire();
                    lastRenewal = System.currentTimeMillis();
                    if (leader != was) {
                        LOG.info("Event dispatcher {} {} the lease", lease.holder(), leader ? "holds" : "lost");
                    }
                }
                if (!leader) {
                    sleep(Duration.ofMillis(renewEvery));
                } else if (dispatcher.processBatch() == 0) {
                    sleep(settings.pollInterval());
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warn("Event dispatcher pass failed: {}", e.toString());
                    sleep(Duration.ofSeconds(1));
                }
            }
        }
    }

    /** Stops after the delivery in flight (an interrupted one is not recorded) and gives the lease up. */
    @PreDestroy
    public void stop() {
        halt();
        if (leader) {
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.debug("Lease not released: {}", e.toString());
            }
        }
    }

    /**
     * Stops as a crash would, as far as the database can tell: the delivery in flight is interrupted and not recorded,
     * the batch stays claimed until its claim runs out and the lease until it expires. Used to test recovery and to
     * pause dispatching in the benchmark; {@link #start()} starts it again.
     */
    public synchronized void halt() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
