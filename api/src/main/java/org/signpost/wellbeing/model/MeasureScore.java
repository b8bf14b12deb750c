package org.signpost.wellbeing.model;

import java.util.List;
import java.util.Optional;

/** The scores one set of answers earns on one version of one measure. */
public record MeasureScore(String measureId, String measureVersion, List<ScoreValue> scores) {

    public MeasureScore {
        scores = List.copyOf(scores);
    }

    public Optional<ScoreValue> score(String key) {
        return scores.stream().filter(score -> score.key().equals(key)).findFirst();
    }
}
