package org.signpost.wellbeing.model;

import java.util.List;

/**
 * Flags stored on a record. A follow-up or discharge recorded while the episode has no current
 * baseline of that measure is allowed (the resident may have missed it) but flagged, so that it is
 * never mistaken for a change from baseline.
 */
public final class OutcomeFlags {

    public static final String FOLLOW_UP_WITHOUT_BASELINE = "follow_up_without_baseline";

    private OutcomeFlags() {
    }

    public static List<String> on(Timepoint timepoint, boolean currentBaselineExists) {
        if (timepoint != Timepoint.BASELINE && !currentBaselineExists) {
            return List.of(FOLLOW_UP_WITHOUT_BASELINE);
        }
        return List.of();
    }
}
