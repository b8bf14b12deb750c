package org.signpost.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Freshness: a listing edit commits (row, version and outbox row in one transaction, as the
 * directory writes it), then the resident search API is polled (every 20 ms) until the edited listing is found
 * by a word that only the edit added. Several edits are in flight at once, as in real use.
 */
final class FreshnessProbe {

    private static final long TIMEOUT_NANOS = 30_000_000_000L;
    /**
     * Between two searches for the same edit. Every poll is a full fuzzy text search; at 5 ms the
     * eight probes asked for up to 1,600 searches a second and took the CPU the indexer needed
     * (the probe measured itself). 20 ms adds at most 20 ms to a figure measured against 1.5 s.
     */
    private static final long POLL_MILLIS = 20;

    private final DataSource dataSource;
    private final LoadRunner http;
    private final URI api;

    FreshnessProbe(DataSource dataSource, LoadRunner http, URI api) {
        this.dataSource = dataSource;
        this.http = http;
        this.api = api;
    }

    /** Edits each service once, {@code inFlight} at a time; returns the latencies (timeouts are errors). */
    RunLatencies run(List<String> serviceIds, int inFlight) throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(serviceIds);
        long[] samples = new long[serviceIds.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        Thread[] threads = new Thread[inFlight];
        for (int t = 0; t < inFlight; t++) {
            SplittableRandom random = new SplittableRandom(t);
            threads[t] = new Thread(() -> {
                for (String id = queue.poll(); id != null; id = queue.poll()) {
                    long took = editAndWait(id, token(random));
                    if (took < 0) {
                        errors.incrementAndGet();
                    } else {
                        samples[next.getAndIncrement()] = took;
                    }
                }
            }, "freshness-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return RunLatencies.of(java.util.Arrays.copyOf(samples, next.get()), errors.get(), (System.nanoTime() - started) / 1e9);
    }

    private long editAndWait(String serviceId, String token) {
        try {
            commitEdit(serviceId, token);
            long committed = System.nanoTime();
            URI search = api.resolve("/search/services?q=" + token + "&limit=1&facets=false");
            while (System.nanoTime() - committed < TIMEOUT_NANOS) {
                if (http.get(search).contains("\"service_id\":\"" + serviceId + "\"")) {
                    return System.nanoTime() - committed;
                }
                Thread.sleep(POLL_MILLIS);
            }
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private void commitEdit(String serviceId, String token) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement edit = connection.prepareStatement(
                    "UPDATE service SET description = CONCAT(COALESCE(description, ''), ' ', ?), version = version + 1,"
                            + " updated_at = ? WHERE id = ?");
                    PreparedStatement outbox = connection.prepareStatement(
                            "INSERT INTO search_outbox (service_id, created_at, process_after) VALUES (?, ?, ?)")) {
                edit.setString(1, token);
                edit.setTimestamp(2, now);
                edit.setString(3, serviceId);
                edit.executeUpdate();
                outbox.setString(1, serviceId);
                outbox.setTimestamp(2, now);
                outbox.setTimestamp(3, now);
                outbox.executeUpdate();
            }
            connection.commit();
        }
    }

    /** Ten random letters: a word no listing has, and far (in edits) from every other token. */
    private static String token(SplittableRandom random) {
        StringBuilder token = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }
}
