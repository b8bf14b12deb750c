package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.ReportingPeriods;
import org.signpost.platform.errors.Violations;

/**
 * Turns an evaluator's {@code from} / {@code to} (whole months or quarters that have ended:
 * {@link ReportingPeriods}) into the filters of a release, or refuses them with a 400 naming the
 * parameter and the allowed form.
 */
@Singleton
public class ReleasePeriod {

    private final Clock clock;

    ReleasePeriod(Clock clock) {
        this.clock = clock;
    }

    public EvaluationFilters filters(String from, String to, UUID schemeId, String practice, String measureId, String need) {
        ReportingPeriods.Range range = range(from, to);
        return new EvaluationFilters(range.from().orElse(null), range.to(), schemeId, practice, measureId, need);
    }

    /** The days a release covers. */
    public ReportingPeriods.Range range(String from, String to) {
        ReportingPeriods.Decision decision = ReportingPeriods.decide(from, to, LocalDate.now(clock));
        Violations violations = new Violations();
        decision.refusals().forEach(r -> violations.add(r.parameter(), r.detail()));
        violations.throwIfAny();
        return decision.range().orElseThrow();
    }
}
