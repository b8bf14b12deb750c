package org.signpost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.platform.events.EventDispatcherRunner;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.platform.jdbc.Sql;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;
import org.signpost.indexer.DirectoryRows;
import org.signpost.testing.TestMail;

/**
 * Events through the dispatcher to the notifications subscriber and out as email over SMTP to the tests' real mail
 * server (BENCHMARKS.md, "Notifications"). Not a test: run it by name, e.g.
 * {@code ./mvnw -o -pl api -am verify -Dtest=NotificationDispatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dnpm.skip=true -Dbench.events=10000}.
 *
 * <p>Two phases: a backlog of {@code bench.events} referral answers published at once and drained (the rate, and the
 * CPU each event costs this JVM and the database), then {@code bench.paced} events published at half that rate while the
 * dispatcher runs (the lag from publishing to every subscriber having it: p50, p95, max).
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.events.poll-interval", value = "20ms")
class NotificationDispatchBenchmark {

    @Inject
    EventOutbox outbox;

    @Inject
    EventDispatcherRunner runner;

    @Inject
    UserAccounts accounts;

    @Inject
    DirectoryRows directory;

    @Inject
    Sql sql;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void dispatch() throws Exception {
        int events = Integer.getInteger("bench.events", 10_000);
        int paced = Integer.getInteger("bench.paced", 2_000);
        UUID linkWorker = accounts.create(new NewUser("bench-lw-" + UUID.randomUUID() + "@test.signpost", "correct horse battery staple",
                Set.of(Role.LINK_WORKER), Optional.empty()));
        UUID service = directory.verifiedService("Benchmark walking group " + UUID.randomUUID(), 53.43, -1.36);
        StringBuilder report = new StringBuilder();

        // warm-up: 200 events through the whole path
        publishAndDrain(linkWorker, service, 200);

        // phase 1: a backlog, drained
        runner.halt();
        long fromSeq = maxSeq();
        publish(linkWorker, service, events);
        int mailsBefore = TestMail.server().getReceivedMessages().length;
        CpuClock cpu = CpuClock.start();
        long t0 = System.nanoTime();
        runner.start();
        awaitDispatched(fromSeq, events);
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuClock.Spent spent = cpu.stop();
        int mails = TestMail.server().getReceivedMessages().length - mailsBefore;
        assertThat(mails).as("every event became one email").isGreaterThanOrEqualTo(events);
        report.append(String.format("backlog: %,d events dispatched (one email each, %,d delivered over SMTP) in %.1f s = %.0f events/s%n",
                events, mails, seconds, events / seconds));
        report.append(String.format("CPU per event: this JVM (dispatcher, subscriber, JDBC, SMTP client and the in-JVM mail server) %.2f ms,"
                + " MariaDB %.2f ms, total %.2f ms%n", spent.jvmMillis() / events, spent.dbMillis() / events,
                (spent.jvmMillis() + spent.dbMillis()) / events));
        report.append("backlog lag (publish -> dispatched) ").append(lags(fromSeq)).append('\n');

        // phase 2: paced at half the measured rate, dispatcher running
        double rate = Math.max(1, events / seconds / 2);
        long pacedFrom = maxSeq();
        long start = System.nanoTime();
        for (int i = 0; i < paced; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            publish(linkWorker, service, 1);
        }
        awaitDispatched(pacedFrom, paced);
        report.append(String.format("paced: %,d events at %.0f events/s, lag (publish -> dispatched) %s%n", paced, rate, lags(pacedFrom)));

        System.out.println("\n==== notification dispatch benchmark ====\n" + report);
        Files.writeString(Path.of("target", "notification-dispatch-benchmark.txt"), report.toString());
    }

    private void publishAndDrain(UUID linkWorker, UUID service, int n) {
        long from = maxSeq();
        publish(linkWorker, service, n);
        awaitDispatched(from, n);
    }

    private void publish(UUID linkWorker, UUID service, int n) {
        for (int done = 0; done < n; done += 500) {
            int batch = Math.min(500, n - done);
            transactions.executeWrite(status -> {
                for (int i = 0; i < batch; i++) {
                    Instant now = Instant.now();
                    outbox.publish(new PlatformEvent.ReferralAccepted(UUID.randomUUID(), UUID.randomUUID(), service, UUID.randomUUID(),
                            UUID.randomUUID(), linkWorker, UUID.randomUUID(), now, false), now);
                }
                return null;
            });
        }
    }

    private long maxSeq() {
        return transactions.executeRead(status -> sql.count("SELECT COALESCE(MAX(id), 0) FROM event_outbox"));
    }

    private void awaitDispatched(long fromSeq, int n) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            long done = transactions.executeRead(status -> sql.count("SELECT COUNT(*) FROM event_outbox WHERE id > ?"
                    + " AND event_type = 'referral.accepted' AND dispatched_at IS NOT NULL", fromSeq));
            if (done >= n) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("events not dispatched within 30 minutes");
    }

    private String lags(long fromSeq) {
        List<Long> micros = new ArrayList<>(transactions.executeRead(status -> sql.list("SELECT TIMESTAMPDIFF(MICROSECOND, created_at,"
                + " dispatched_at) FROM event_outbox WHERE id > ? AND event_type = 'referral.accepted'", rs -> rs.getLong(1), fromSeq)));
        Collections.sort(micros);
        return String.format("p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%,d)", pct(micros, 0.50) / 1000.0, pct(micros, 0.95) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0, micros.size());
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Process CPU time of this JVM and of the database server it started (a child process). */
    record CpuClock(long jvmNanos, long dbNanos) {
        record Spent(double jvmMillis, double dbMillis) {
        }

        static CpuClock start() {
            return new CpuClock(jvm(), db());
        }

        Spent stop() {
            return new Spent((jvm() - jvmNanos) / 1e6, (db() - dbNanos) / 1e6);
        }

        private static long jvm() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static long db() {
            return ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }
    }
}
