package org.signpost.wellbeing.model;

/**
 * How a measure turns answers into scores: {@code SUM} adds the items (reverse-scored items
 * flipped first); {@code TABLE} adds them and converts the raw total through a table;
 * {@code NONE} scores each item on its own and never sums them (ONS4).
 */
public enum ScoringMethod {
    SUM,
    TABLE,
    NONE
}
