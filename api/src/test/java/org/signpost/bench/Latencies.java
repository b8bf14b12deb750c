package org.signpost.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** Latencies of one operation under load: recorded lock-free, summarised as percentiles. */
final class Latencies {

    private final String name;
    private final AtomicLongArray nanos;
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private volatile long startedAt;
    private volatile long endedAt;
    private Costs.Cost cost;

    Latencies(String name, int capacity) {
        this.name = name;
        this.nanos = new AtomicLongArray(capacity);
    }

    void start() {
        startedAt = System.nanoTime();
    }

    /** Starts the clock unless it is already running (a total over several phases). */
    void startOnce() {
        if (startedAt == 0) {
            startedAt = System.nanoTime();
        }
    }

    void end() {
        endedAt = System.nanoTime();
    }

    void record(long elapsedNanos, boolean ok) {
        int i = recorded.getAndIncrement();
        if (i < nanos.length()) {
            nanos.set(i, elapsedNanos);
        }
        if (!ok) {
            errors.incrementAndGet();
        }
    }

    /** Adds what the phase cost (a total over several phases adds each one's). */
    void addCost(Costs.Cost phase) {
        cost = cost == null ? phase : cost.plus(phase);
    }

    /** One line of the cost table: throughput and latency, then CPU and statements per request. */
    String costSummary() {
        long[] sorted = sortedNanos();
        int n = sorted.length;
        double seconds = (endedAt - startedAt) / 1e9;
        if (cost == null || n == 0) {
            return String.format("| %-28s | (no cost recorded) |", name);
        }
        java.util.Map<String, Long> st = cost.statements();
        double per = n;
        return String.format("| %-28s | %7.1f | %6.1f | %6.1f | %7.2f | %6.2f | %6.2f | %6.2f | %5.1f |"
                + " %4.1f | %4.1f | %4.1f | %4.1f | %4.1f | %4.1f | %4.1f | %5.2f |",
                name, n / seconds, ms(sorted, 0.50), ms(sorted, 0.95), cost.serverMs() / per, cost.dbMs() / per, cost.esMs() / per,
                cost.clientMs() / per, st.get("Questions") / per, st.get("Com_select") / per, st.get("Com_insert") / per,
                st.get("Com_update") / per, (st.get("Com_commit") + st.get("Com_rollback")) / per, st.get("Com_set_option") / per,
                (st.get("Com_stmt_prepare") + st.get("Com_stmt_execute")) / per, st.get("Com_admin_commands") / per,
                st.get("Innodb_data_fsyncs") / per);
    }

    static String costHeader() {
        return "| operation                    | req/s   | p50 ms | p95 ms | API cpu | DB cpu | ES cpu | client | stmts | sel  | ins  | upd  | "
                + "cmt  | set  | ps   | ping | fsync |\n"
                + "|------------------------------|---------|--------|--------|---------|--------|--------|--------|-------|------|------|------|"
                + "------|------|------|------|-------|";
    }

    int errors() {
        return errors.get();
    }

    String summary() {
        long[] sorted = sortedNanos();
        int n = sorted.length;
        double seconds = (endedAt - startedAt) / 1e9;
        return String.format("| %-28s | %6d | %4d | %7.1f | %6.1f | %6.1f | %6.1f | %7.1f |", name, n, errors.get(), n / seconds,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), n == 0 ? 0 : sorted[n - 1] / 1e6);
    }

    /** The recorded latencies, in order. */
    private long[] sortedNanos() {
        int n = Math.min(recorded.get(), nanos.length());
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = nanos.get(i);
        }
        Arrays.sort(sorted);
        return sorted;
    }

    static String header() {
        return "| operation                    | count  | errs | req/s   | p50 ms | p95 ms | p99 ms | max ms  |\n"
                + "|------------------------------|--------|------|---------|--------|--------|--------|---------|";
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
