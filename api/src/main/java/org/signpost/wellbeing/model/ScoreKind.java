package org.signpost.wellbeing.model;

/** What a score is of: the whole measure, one item (item-by-item measures), or a sub-score. */
public enum ScoreKind {
    TOTAL,
    ITEM,
    SUB_SCORE
}
