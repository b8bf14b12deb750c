package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Decides whether a change from baseline to latest is an improvement, no change, or worse: the
 * change counts only when it is at least the meaningful-change threshold, in the direction the
 * measure calls better. A change of exactly the threshold counts (SWEMWBS: "3 points or more").
 */
public final class ChangeClassification {

    private ChangeClassification() {
    }

    /** The change and its verdict. {@code change} is latest minus baseline, in the score's own units. */
    public record Change(BigDecimal baseline, BigDecimal latest, BigDecimal change, ChangeOutcome outcome) {
    }

    public static Change classify(Direction direction, BigDecimal threshold, BigDecimal baseline, BigDecimal latest) {
        Objects.requireNonNull(direction, "direction");
        if (threshold.signum() <= 0) {
            throw new IllegalArgumentException("A meaningful-change threshold must be more than 0, not " + threshold);
        }
        BigDecimal change = latest.subtract(baseline);
        BigDecimal better = direction.towardsBetter(change);
        ChangeOutcome outcome;
        if (better.compareTo(threshold) >= 0) {
            outcome = ChangeOutcome.IMPROVED;
        } else if (better.negate().compareTo(threshold) >= 0) {
            outcome = ChangeOutcome.WORSE;
        } else {
            outcome = ChangeOutcome.NO_CHANGE;
        }
        return new Change(baseline, latest, change, outcome);
    }

    /** Classifies one score of a measure, using that score's own direction and threshold. */
    public static Change classify(ScoreSpec spec, BigDecimal baseline, BigDecimal latest) {
        return classify(spec.direction(), spec.meaningfulChange(), baseline, latest);
    }
}
