package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.model.ReportingPeriods;

/** Releases cover whole months or quarters that have ended; anything else is refused naming the parameter. */
class ReportingPeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void aQuarterRunsFromItsFirstDayToItsLastAndAMonthLikewise() {
        var q = ReportingPeriods.decide("2025-Q4", "2026-02", TODAY).range().orElseThrow();
        assertThat(q.from()).contains(LocalDate.of(2025, 10, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void withoutToTheReleaseEndsWithTheLastMonthThatHasEnded() {
        var range = ReportingPeriods.decide(null, null, TODAY).range().orElseThrow();
        assertThat(range.from()).isEmpty();
        assertThat(range.to()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void daysUnfinishedPeriodsAndReversedOnesAreRefusedByName() {
        assertThat(ReportingPeriods.decide("2026-02-01", "2026-02-28", TODAY).refusals())
                .extracting(ReportingPeriods.Refusal::parameter).containsExactly("from", "to");
        assertThat(ReportingPeriods.decide(null, "2026-Q1", TODAY).refusals()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("has not ended", "2026-02", "2025-Q4"));
        assertThat(ReportingPeriods.decide(null, "2026-03", TODAY).refusals()).hasSize(1);
        assertThat(ReportingPeriods.decide("2026-02", "2026-01", TODAY).refusals()).extracting(ReportingPeriods.Refusal::parameter)
                .containsExactly("from");
        assertThat(ReportingPeriods.decide("2026-13", null, TODAY).refusals()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("yyyy-MM", "yyyy-Qn"));
    }
}
