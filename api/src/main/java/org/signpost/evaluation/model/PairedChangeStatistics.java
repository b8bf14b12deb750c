package org.signpost.evaluation.model;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.signpost.wellbeing.model.ChangeClassification.Change;

/**
 * Summarises paired changes (each person's baseline and latest score on one measure): n, the
 * mean change and its 95% confidence interval from the t distribution with n - 1 degrees of
 * freedom (mean ± t(0.975, n-1) × sd / √n), and the share improved by the meaningful-change
 * threshold. Evaluators are advised to read group change only with 30 or more people.
 */
public final class PairedChangeStatistics {

    private PairedChangeStatistics() {
    }

    public static ChangeSummary summarise(Collection<Change> changes) {
        Accumulator accumulator = new Accumulator();
        changes.forEach(accumulator::add);
        return accumulator.summary();
    }

    /**
     * The same summary built one change at a time in constant memory, for groups too large to
     * hold (an export over every person in a deployment).
     */
    public static final class Accumulator {

        private final SummaryStatistics stats = new SummaryStatistics();
        private int improved;
        private int noChange;
        private int worse;

        public void add(Change change) {
            stats.addValue(change.change().doubleValue());
            switch (change.outcome()) {
                case IMPROVED -> improved++;
                case NO_CHANGE -> noChange++;
                case WORSE -> worse++;
            }
        }

        public ChangeSummary summary() {
            int n = (int) stats.getN();
            if (n == 0) {
                return new ChangeSummary(0, OptionalDouble.empty(), Optional.empty(), 0, 0, 0, OptionalDouble.empty());
            }
            double mean = stats.getMean();
            Optional<ChangeSummary.Interval> interval = Optional.empty();
            if (n >= 2) {
                double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
                double half = t * stats.getStandardDeviation() / Math.sqrt(n);
                interval = Optional.of(new ChangeSummary.Interval(mean - half, mean + half));
            }
            return new ChangeSummary(n, OptionalDouble.of(mean), interval, improved, noChange, worse,
                    OptionalDouble.of(100.0 * improved / n));
        }
    }
}
