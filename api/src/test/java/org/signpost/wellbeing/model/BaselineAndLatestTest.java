package org.signpost.wellbeing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineAndLatestTest {

    record Done(String name, Timepoint timepoint, LocalDate completedOn, Instant recordedAt)
            implements BaselineAndLatest.Completion {
    }

    private static Done done(String name, Timepoint timepoint, String on, long recordedSecond) {
        return new Done(name, timepoint, LocalDate.parse(on), Instant.ofEpochSecond(recordedSecond));
    }

    @Test
    void changeRunsFromTheFirstBaselineToTheMostRecentLaterCompletion() {
        var pair = BaselineAndLatest.choose(List.of(
                done("follow-up 6w", Timepoint.FOLLOW_UP, "2026-03-10", 3),
                done("baseline", Timepoint.BASELINE, "2026-02-01", 1),
                done("second baseline", Timepoint.BASELINE, "2026-02-08", 2),
                done("discharge", Timepoint.DISCHARGE, "2026-05-01", 4))).orElseThrow();

        assertThat(pair.baseline().name()).isEqualTo("baseline");
        assertThat(pair.latest().name()).isEqualTo("discharge");
    }

    @Test
    void aSameDayTieGoesToTheLaterRecording() {
        var pair = BaselineAndLatest.choose(List.of(
                done("baseline", Timepoint.BASELINE, "2026-02-01", 1),
                done("follow-up recorded first", Timepoint.FOLLOW_UP, "2026-03-10", 5),
                done("follow-up recorded later", Timepoint.FOLLOW_UP, "2026-03-10", 9))).orElseThrow();

        assertThat(pair.latest().name()).isEqualTo("follow-up recorded later");
    }

    @Test
    void thereIsNoChangeWithoutBothABaselineAndALaterCompletion() {
        assertThat(BaselineAndLatest.choose(List.of(done("follow-up", Timepoint.FOLLOW_UP, "2026-03-10", 1)))).isEmpty();
        assertThat(BaselineAndLatest.choose(List.of(done("baseline", Timepoint.BASELINE, "2026-03-10", 1)))).isEmpty();
        assertThat(BaselineAndLatest.choose(List.<Done>of())).isEmpty();
    }
}
