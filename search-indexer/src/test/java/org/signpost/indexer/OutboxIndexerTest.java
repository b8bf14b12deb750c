package org.signpost.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The outbox indexer: every committed change reaches the index once, whatever dies or runs twice. */
@MicronautTest(startApplication = false, transactional = false)
class OutboxIndexerTest extends IndexerTestSupport {

    @Test
    void anEditAndADeletionEachReachTheIndex() throws IOException {
        UUID service = rows.verifiedService("Wath Walking Group", 53.5023, -1.3432);
        drain();
        assertThat(documents(service)).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo("Wath Walking Group");
            assertThat(doc.version()).isEqualTo(1L);
        });

        rows.rename(service, "Wath Wanderers");
        drain();
        assertThat(documents(service)).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo("Wath Wanderers");
            assertThat(doc.version()).isEqualTo(2L);
        });

        rows.delete(service);
        drain();
        assertThat(documents(service)).isEmpty();
        assertThat(rows.pendingOutboxRows()).isZero();
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
    void aSecondWorkerSkipsTheRowsTheFirstHasLockedInsteadOfWaitingOrTakingThemToo() throws Exception {
        List<UUID> services = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            services.add(rows.verifiedService("Kilnhurst Knit and Natter " + i, 53.47, -1.30 + i * 0.001));
        }
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the first worker takes the batch and holds its transaction (and so its row locks) open
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> transactions.executeWrite(status -> {
            int taken = outbox.processBatch();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return taken;
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        // FOR UPDATE SKIP LOCKED: the second worker neither blocks on the locked rows nor takes them
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(outbox::processBatch);
        assertThat(second.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(rows.pendingOutboxRows()).as("the locked rows wait for their worker").isGreaterThanOrEqualTo(5);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(5);
        assertThat(rows.pendingOutboxRows()).isZero();
        for (UUID service : services) {
            assertThat(documents(service)).hasSize(1);
        }
    }

    @Test
    void aReplayedOrLateWriteNeverRegressesADocument() throws IOException {
        UUID service = rows.verifiedService("Maltby Men's Shed", 53.4237, -1.2010);
        drain();
        ServiceDocuments version1 = source.load(List.of(service)).get(service);
        rows.rename(service, "Maltby Men's Shed and Workshop");
        drain();

        // a slow worker that loaded version 1 writes it now
        assertThat(writer.apply(List.of(service), Map.of(service, version1), index.writeTargets())).isEmpty();
        rows.replay(service);
        drain();

        assertThat(documents(service)).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo("Maltby Men's Shed and Workshop");
            assertThat(doc.version()).isEqualTo(2L);
        });
    }

    @Test
    void aRowThatKeepsFailingIsRetriedLaterThenParkedWithItsError() {
        // a latitude Elasticsearch refuses: every write of this listing fails
        UUID service = rows.verifiedService("Thrybergh Broken Pin", 95.0, -1.29);
        IndexerLeaseTest.MovableClock clock = new IndexerLeaseTest.MovableClock(Instant.now());
        OutboxIndexer twoAttempts = new OutboxIndexer(jdbc, transactions, source, writer, index,
                new IndexerSettings(false, 500, Duration.ofMillis(100), 2, Duration.ofSeconds(10)), clock);
        try {
            assertThat(twoAttempts.processBatch()).isEqualTo(1);
            assertThat(outboxRow(service)).satisfies(row -> {
                assertThat(row.get("attempts")).isEqualTo(1);
                assertThat((String) row.get("last_error")).contains("location");
                assertThat(row.get("parked_at")).isNull();
            });
            assertThat(twoAttempts.processBatch()).as("not due again before its backoff").isZero();

            clock.advance(Duration.ofSeconds(2));
            assertThat(twoAttempts.processBatch()).isEqualTo(1);
            assertThat(outboxRow(service)).satisfies(row -> {
                assertThat(row.get("attempts")).isEqualTo(2);
                assertThat(row.get("parked_at")).as("parked after the last attempt").isNotNull();
            });
            assertThat(rows.pendingOutboxRows()).isZero();
        } finally {
            // withdrawn, so the index rightly holds nothing of it for the other tests' consistency checks
            transactions.executeWrite(status -> {
                rows.update("UPDATE service SET deleted_at = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now()), service.toString());
                rows.update("DELETE FROM search_outbox WHERE service_id = ?", service.toString());
                return null;
            });
        }
    }

    @Test
    void theBackoffDoublesUpToFiveMinutes() {
        assertThat(OutboxIndexer.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxIndexer.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxIndexer.backoff(30)).isEqualTo(Duration.ofMinutes(5));
    }

    private Map<String, Object> outboxRow(UUID service) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT attempts, last_error, parked_at FROM search_outbox WHERE service_id = ?", statement -> {
            statement.setString(1, service.toString());
            try (var rs = statement.executeQuery()) {
                assertThat(rs.next()).as("the row is kept").isTrue();
                Map<String, Object> row = new java.util.HashMap<>();
                row.put("attempts", rs.getInt("attempts"));
                row.put("last_error", rs.getString("last_error"));
                row.put("parked_at", rs.getTimestamp("parked_at"));
                return row;
            }
        }));
    }
}
