package org.signpost.evaluation.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a group's changes add up to: how many people, the mean change (latest minus baseline, in
 * the score's own units) with its 95% confidence interval for paired data, and how many
 * improved, did not change, or got worse by the measure's meaningful-change threshold.
 *
 * @param meanChange empty when there is nobody
 * @param confidenceInterval95 empty with fewer than two people
 * @param percentImproved empty when there is nobody; 0 to 100
 */
public record ChangeSummary(
        int n,
        OptionalDouble meanChange,
        Optional<Interval> confidenceInterval95,
        int improved,
        int noChange,
        int worse,
        OptionalDouble percentImproved) {

    /** A closed interval. */
    public record Interval(double lower, double upper) {
    }
}
