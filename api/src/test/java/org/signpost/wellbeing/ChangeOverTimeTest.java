package org.signpost.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.wellbeing.infrastructure.MeasureFilesForTests;
import org.signpost.wellbeing.model.ChangeClassification;
import org.signpost.wellbeing.model.ChangeOutcome;
import org.signpost.wellbeing.model.Direction;
import org.signpost.wellbeing.model.MeasureChanges;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.MeasureScoring;

/** Improved / no change / worse, by the measure's direction and meaningful-change threshold. */
class ChangeOverTimeTest {

    @Test
    void aRiseOfAtLeastTheThresholdIsAnImprovementWhenHigherIsBetter() {
        assertThat(outcome(Direction.HIGHER_IS_BETTER, "3", "20.00", "23.00")).isEqualTo(ChangeOutcome.IMPROVED);
        assertThat(outcome(Direction.HIGHER_IS_BETTER, "3", "20.00", "22.99")).isEqualTo(ChangeOutcome.NO_CHANGE);
        assertThat(outcome(Direction.HIGHER_IS_BETTER, "3", "20.00", "20.00")).isEqualTo(ChangeOutcome.NO_CHANGE);
        assertThat(outcome(Direction.HIGHER_IS_BETTER, "3", "20.00", "17.01")).isEqualTo(ChangeOutcome.NO_CHANGE);
        assertThat(outcome(Direction.HIGHER_IS_BETTER, "3", "20.00", "17.00")).isEqualTo(ChangeOutcome.WORSE);
    }

    @Test
    void aFallOfAtLeastTheThresholdIsAnImprovementWhenLowerIsBetter() {
        assertThat(outcome(Direction.LOWER_IS_BETTER, "1", "7", "6")).isEqualTo(ChangeOutcome.IMPROVED);
        assertThat(outcome(Direction.LOWER_IS_BETTER, "1", "7", "7")).isEqualTo(ChangeOutcome.NO_CHANGE);
        assertThat(outcome(Direction.LOWER_IS_BETTER, "1", "7", "8")).isEqualTo(ChangeOutcome.WORSE);
        assertThat(outcome(Direction.LOWER_IS_BETTER, "2", "7", "8")).isEqualTo(ChangeOutcome.NO_CHANGE);
    }

    @Test
    void theChangeIsLatestMinusBaselineInTheScoresOwnUnits() {
        var change = ChangeClassification.classify(Direction.LOWER_IS_BETTER, BigDecimal.ONE, new BigDecimal("8"), new BigDecimal("5"));
        assertThat(change.change()).isEqualByComparingTo("-3");
        assertThat(change.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    }

    @Test
    void aThresholdMustBePositive() {
        assertThatThrownBy(() -> outcome(Direction.HIGHER_IS_BETTER, "0", "1", "2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void swemwbsChangeIsJudgedOnTheMetricScore() {
        MeasureDefinition swemwbs = MeasureFilesForTests.builtIn("swemwbs");
        MeasureScore baseline = MeasureScoring.score(swemwbs, Answers.all(swemwbs, 3)); // raw 21 -> 19.25
        Map<String, Integer> later = Answers.all(swemwbs, 3);
        later.put("optimistic", 5);
        later.put("useful", 5); // raw 25 -> 22.35: +3.10
        MeasureScore latest = MeasureScoring.score(swemwbs, later);

        var changes = MeasureChanges.between(swemwbs, baseline, latest);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.change().change()).isEqualByComparingTo("3.10");
            assertThat(c.change().outcome()).isEqualTo(ChangeOutcome.IMPROVED);
        });
        // a deployment that sets a stricter threshold sees the same change as no change
        var strict = MeasureChanges.between(swemwbs.withMeaningfulChange(new BigDecimal("3.5")), baseline, latest);
        assertThat(strict.get(0).change().outcome()).isEqualTo(ChangeOutcome.NO_CHANGE);
    }

    @Test
    void ons4IsJudgedItemByItemWithAnxietyFallingAsAnImprovement() {
        MeasureDefinition ons4 = MeasureFilesForTests.builtIn("ons4");
        MeasureScore baseline = MeasureScoring.score(ons4, Map.of("life_satisfaction", 4, "worthwhile", 5, "happy_yesterday", 6, "anxious_yesterday", 8));
        MeasureScore latest = MeasureScoring.score(ons4, Map.of("life_satisfaction", 6, "worthwhile", 5, "happy_yesterday", 3, "anxious_yesterday", 4));

        var changes = MeasureChanges.between(ons4, baseline, latest);

        assertThat(changes).extracting(c -> c.key() + "=" + c.change().outcome()).containsExactly(
                "life_satisfaction=IMPROVED", "worthwhile=NO_CHANGE", "happy_yesterday=WORSE", "anxious_yesterday=IMPROVED");
    }

    @Test
    void resultsOfDifferentMeasuresCannotBeCompared() {
        MeasureDefinition ucla3 = MeasureFilesForTests.builtIn("ucla3");
        MeasureDefinition ons4 = MeasureFilesForTests.builtIn("ons4");
        MeasureScore loneliness = MeasureScoring.score(ucla3, Answers.lowest(ucla3));
        MeasureScore wellbeing = MeasureScoring.score(ons4, Answers.lowest(ons4));

        assertThatThrownBy(() -> MeasureChanges.between(ons4, wellbeing, loneliness)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ChangeOutcome outcome(Direction direction, String threshold, String baseline, String latest) {
        return ChangeClassification.classify(direction, new BigDecimal(threshold), new BigDecimal(baseline), new BigDecimal(latest)).outcome();
    }
}
