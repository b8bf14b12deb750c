package org.signpost.wellbeing.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.Violations;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.wellbeing.model.CompletionTiming;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.WholeNumberAnswers;

/**
 * Checks a completion in full before anything is written, naming every field at fault at once:
 * an enabled measure (measure_id), the timepoint and its weeks, the day (completed_on), and every
 * answer (answers.item). Then scores it.
 */
@Singleton
class OutcomeScorer {

    /** A completion that passed every check, with its scores. */
    record Scored(MeasureDefinition measure, MeasureScore score, OutcomeCommand command, Map<String, Integer> answers) {
    }

    private final MeasureCatalogue catalogue;
    private final OutcomeSettings settings;
    private final Clock clock;

    OutcomeScorer(MeasureCatalogue catalogue, OutcomeSettings settings, Clock clock) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zoneId()));
    }

    /** The enabled measure of that id, or the violation naming measure_id (added to {@code violations}); null then. */
    MeasureDefinition enabledMeasure(String measureId, Violations violations) {
        if (measureId == null || measureId.isBlank()) {
            violations.add("measure_id", "is required");
            return null;
        }
        MeasureDefinition measure = catalogue.find(measureId).orElse(null);
        if (measure == null) {
            violations.add("measure_id", "is not a measure of this deployment: " + measureId);
            return null;
        }
        if (!measure.enabled()) {
            violations.add("measure_id", MeasureCatalogue.notEnabledDetail(measureId));
            return null;
        }
        return measure;
    }

    Scored check(EpisodeFacts episode, OutcomeCommand command) {
        Violations violations = new Violations();
        MeasureDefinition measure = enabledMeasure(command.measureId(), violations);
        if (command.timepoint() == null) {
            violations.add("timepoint", "is required: baseline, follow_up or discharge");
        }
        violations.addAll(CompletionTiming.timepoint(command.timepoint(), command.followUpWeeks()));
        violations.addAll(CompletionTiming.day(command.completedOn(), episode.receivedOn(), today()));
        MeasureScore score = null;
        Map<String, Integer> answers = null;
        if (command.answers() == null) {
            violations.add("answers", "is required");
        } else if (measure != null) {
            try {
                answers = WholeNumberAnswers.from(command.answers());
                score = MeasureScoring.score(measure, answers);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        violations.throwIfAny();
        return new Scored(measure, score, command, answers);
    }
}
