package org.signpost.bench;

import org.HdrHistogram.Histogram;

/**
 * Latencies of one measured run of the search benchmark, held in an HdrHistogram (1 µs to 1 h, 3
 * significant digits), and the throughput. Closed-loop clients, as wrk's connections: percentiles are
 * of the answers received. ({@link Latencies} is the referral benchmark's recorder, with costs per phase.)
 */
record RunLatencies(Histogram histogram, long errors, double seconds) {

    static RunLatencies of(long[] nanos, long errors, double seconds) {
        Histogram histogram = new Histogram(1_000L, 3_600_000_000_000L, 3);
        for (long n : nanos) {
            histogram.recordValue(Math.max(1_000L, Math.min(n, histogram.getHighestTrackableValue())));
        }
        return new RunLatencies(histogram, errors, seconds);
    }

    double percentileMillis(double p) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(p) / 1e6;
    }

    double throughput() {
        return histogram.getTotalCount() / seconds;
    }

    long count() {
        return histogram.getTotalCount();
    }
}
