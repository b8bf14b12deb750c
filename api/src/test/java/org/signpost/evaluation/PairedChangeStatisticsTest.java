package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.PairedChangeStatistics;
import org.signpost.wellbeing.model.ChangeClassification;
import org.signpost.wellbeing.model.ChangeClassification.Change;
import org.signpost.wellbeing.model.Direction;

class PairedChangeStatisticsTest {

    @Test
    void meanChangeWithA95PercentIntervalFromTheTDistribution() {
        // changes 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445 -> 3 +/- 1.963243
        List<Change> changes = changes(Direction.HIGHER_IS_BETTER, "3", 1, 2, 3, 4, 5);

        ChangeSummary summary = PairedChangeStatistics.summarise(changes);

        assertThat(summary.n()).isEqualTo(5);
        assertThat(summary.meanChange()).hasValueCloseTo(3.0, within(1e-12));
        assertThat(summary.confidenceInterval95()).hasValueSatisfying(ci -> {
            assertThat(ci.lower()).isCloseTo(1.036757, within(1e-6));
            assertThat(ci.upper()).isCloseTo(4.963243, within(1e-6));
        });
        assertThat(summary.improved()).isEqualTo(3); // +3, +4, +5
        assertThat(summary.noChange()).isEqualTo(2);
        assertThat(summary.worse()).isZero();
        assertThat(summary.percentImproved()).hasValueCloseTo(60.0, within(1e-12));
    }

    @Test
    void aCohortOfThirtyUsesTwentyNineDegreesOfFreedom() {
        // 15 people +2 and 15 people -2 on a lower-is-better score: mean 0, sd = 2*sqrt(30/29)
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            changes.addAll(changes(Direction.LOWER_IS_BETTER, "1", 2, -2));
        }

        ChangeSummary summary = PairedChangeStatistics.summarise(changes);

        double half = 2.045230 * 2 * Math.sqrt(30.0 / 29.0) / Math.sqrt(30); // t(0.975, 29) = 2.045230
        assertThat(summary.confidenceInterval95()).hasValueSatisfying(ci -> {
            assertThat(ci.lower()).isCloseTo(-half, within(1e-5));
            assertThat(ci.upper()).isCloseTo(half, within(1e-5));
        });
        assertThat(summary.improved()).isEqualTo(15); // the falls
        assertThat(summary.worse()).isEqualTo(15);
        assertThat(summary.percentImproved()).hasValueCloseTo(50.0, within(1e-12));
    }

    @Test
    void onePersonHasAMeanButNoInterval() {
        ChangeSummary summary = PairedChangeStatistics.summarise(changes(Direction.HIGHER_IS_BETTER, "3", 4));

        assertThat(summary.meanChange()).hasValueCloseTo(4.0, within(1e-12));
        assertThat(summary.confidenceInterval95()).isEmpty();
    }

    @Test
    void nobodyHasNoMeanAndNoShare() {
        ChangeSummary summary = PairedChangeStatistics.summarise(List.of());

        assertThat(summary.n()).isZero();
        assertThat(summary.meanChange()).isEmpty();
        assertThat(summary.percentImproved()).isEmpty();
    }

    @Test
    void identicalChangesGiveAZeroWidthInterval() {
        ChangeSummary summary = PairedChangeStatistics.summarise(changes(Direction.HIGHER_IS_BETTER, "1", 2, 2, 2));

        assertThat(summary.confidenceInterval95()).hasValueSatisfying(ci -> {
            assertThat(ci.lower()).isEqualTo(2.0);
            assertThat(ci.upper()).isEqualTo(2.0);
        });
    }

    private static List<Change> changes(Direction direction, String threshold, int... deltas) {
        List<Change> changes = new ArrayList<>();
        for (int delta : deltas) {
            changes.add(ChangeClassification.classify(direction, new BigDecimal(threshold), BigDecimal.TEN,
                    BigDecimal.TEN.add(BigDecimal.valueOf(delta))));
        }
        return changes;
    }
}
