package org.signpost.evaluation.model;

/** Whether a count is published, withheld because it is small, or withheld to protect a small one. */
public enum CellStatus {
    PUBLISHED,
    /** Below the threshold itself. */
    PRIMARY,
    /** Not small, but withheld so that a small one cannot be worked out from the totals. */
    SECONDARY;

    public boolean suppressed() {
        return this != PUBLISHED;
    }
}
