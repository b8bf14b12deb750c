package org.signpost.wellbeing.model;

/** When in a resident's episode a measure was completed. */
public enum Timepoint {
    BASELINE,
    FOLLOW_UP,
    DISCHARGE
}
