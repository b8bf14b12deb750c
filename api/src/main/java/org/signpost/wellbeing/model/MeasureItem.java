package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One question of a measure: its answer must be a whole number from {@code min} to {@code max}.
 * A reverse-scored item counts as {@code min + max - answer} in totals. {@code direction},
 * {@code meaningfulChange} and {@code bands} belong to item-by-item measures ({@link ScoringMethod#NONE}),
 * where each item is a score in its own right; empty means "as the measure".
 */
public record MeasureItem(
        String id,
        String text,
        int min,
        int max,
        boolean reverseScored,
        Optional<Direction> direction,
        Optional<BigDecimal> meaningfulChange,
        List<Band> bands,
        SortedMap<Integer, String> answerLabels) {

    public MeasureItem {
        bands = List.copyOf(bands);
        answerLabels = Collections.unmodifiableSortedMap(new TreeMap<>(answerLabels));
    }

    public boolean accepts(int answer) {
        return min <= answer && answer <= max;
    }

    /** What the answer counts for in a total or sub-score. */
    public int scored(int answer) {
        return reverseScored ? min + max - answer : answer;
    }

    public ScoreRange range() {
        return ScoreRange.of(min, max);
    }
}
