package org.signpost.wellbeing.model;

import java.util.List;
import java.util.Optional;

/**
 * For one measure of one episode: how many current completions there are, which two a change is
 * measured between ({@link BaselineAndLatest}) and, per score, the change and its verdict
 * ({@link MeasureChanges}). Read from the scores stored when recorded; never re-scored.
 */
public record OutcomeChangeReport(
        MeasureDefinition measure,
        int completions,
        Optional<BaselineAndLatest.Pair<OutcomeRecord>> pair,
        List<MeasureChanges.ScoreChange> changes) {

    public OutcomeChangeReport {
        changes = List.copyOf(changes);
    }

    /** {@code current} holds the current (not superseded) records of this measure in one episode. */
    public static OutcomeChangeReport of(MeasureDefinition measure, List<OutcomeRecord> current) {
        for (OutcomeRecord record : current) {
            if (!record.measureId().equals(measure.id())) {
                throw new IllegalArgumentException("A " + record.measureId() + " record is not a " + measure.id() + " record");
            }
        }
        Optional<BaselineAndLatest.Pair<OutcomeRecord>> pair = BaselineAndLatest.choose(current);
        List<MeasureChanges.ScoreChange> changes = pair.map(p -> MeasureChanges.between(measure,
                p.baseline().asMeasureScore(measure), p.latest().asMeasureScore(measure))).orElse(List.of());
        return new OutcomeChangeReport(measure, current.size(), pair, changes);
    }
}
