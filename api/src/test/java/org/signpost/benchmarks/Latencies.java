package org.signpost.benchmarks;

import java.util.Arrays;

/** Latencies of one measured run: percentiles from the sorted samples (no bucketing), and throughput. */
record Latencies(long[] nanos, long errors, double seconds) {

    static Latencies of(long[] samples, long errors, double seconds) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, errors, seconds);
    }

    double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
    }

    double throughput() {
        return nanos.length / seconds;
    }

    int count() {
        return nanos.length;
    }
}
