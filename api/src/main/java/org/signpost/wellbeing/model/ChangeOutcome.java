package org.signpost.wellbeing.model;

/** How a person's score moved between two timepoints, judged by the measure's threshold and direction. */
public enum ChangeOutcome {
    IMPROVED,
    NO_CHANGE,
    WORSE
}
