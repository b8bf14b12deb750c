package org.signpost.wellbeing.application;

import java.time.LocalDate;
import java.util.Map;
import org.signpost.wellbeing.model.Timepoint;

/** A completion as asked for: any part may be missing or wrong until {@link OutcomeScorer} has checked it. */
public record OutcomeCommand(String measureId, Timepoint timepoint, Integer followUpWeeks, LocalDate completedOn,
        Map<String, ? extends Number> answers) {
}
