package org.signpost.wellbeing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Per score of a measure (the total, each item of ONS4, each sub-score): the change from a
 * baseline to a latest result and its verdict, using the current definition's directions and
 * thresholds. Both results must be of the same measure.
 */
public final class MeasureChanges {

    private MeasureChanges() {
    }

    /** One score's change. */
    public record ScoreChange(ScoreSpec spec, ChangeClassification.Change change) {

        public String key() {
            return spec.key();
        }
    }

    public static List<ScoreChange> between(MeasureDefinition measure, MeasureScore baseline, MeasureScore latest) {
        for (MeasureScore score : List.of(baseline, latest)) {
            if (!score.measureId().equals(measure.id())) {
                throw new IllegalArgumentException("A " + score.measureId() + " result cannot be compared on " + measure.id());
            }
        }
        List<ScoreChange> changes = new ArrayList<>();
        for (ScoreSpec spec : measure.scoreSpecs()) {
            var before = baseline.score(spec.key());
            var after = latest.score(spec.key());
            if (before.isPresent() && after.isPresent()) {
                changes.add(new ScoreChange(spec, ChangeClassification.classify(spec, before.get().value(), after.get().value())));
            }
        }
        return List.copyOf(changes);
    }
}
