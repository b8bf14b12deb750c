package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.AgeBand;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.Grouping;
import org.signpost.evaluation.model.OutcomeFact;
import org.signpost.evaluation.model.PairedChangeStatistics;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.evaluation.model.ReleasedGroup;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.evaluation.model.SummaryRelease;
import org.signpost.evaluation.model.TimeInService;
import org.signpost.security.model.Actor;
import org.signpost.wellbeing.application.MeasureCatalogue;
import org.signpost.wellbeing.model.BaselineAndLatest;
import org.signpost.wellbeing.model.ChangeClassification;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.ScoreSpec;

/**
 * Change from baseline to latest per score of a measure, split by one grouping: n, mean change
 * with its paired 95% interval, % improved; small groups suppressed ({@link SummaryRelease}).
 * Reads the rows as a stream and keeps one accumulator per group, so memory does not grow with
 * the number of people.
 */
@Singleton
public class ChangeSummaries {

    /** One score's released groups and total. */
    public record ScoreReport(String scoreKey, List<ReleasedGroup> groups, Optional<ReleasedGroup> total) {
    }

    /** The released summary. */
    public record Report(String measureId, Grouping grouping, int threshold, EvaluationFilters filters, List<ScoreReport> scores,
            Optional<String> note) {
    }

    static final String UNKNOWN = "unknown";

    private final OutcomeFacts facts;
    private final PseudonymousKey keys;
    private final SmallNumberSuppression suppression;
    private final PopulationCheck population;
    private final ExportAudit audit;
    private final MeasureCatalogue measures;
    private final ReportScopes scopes;

    ChangeSummaries(OutcomeFacts facts, PseudonymousKey keys, SmallNumberSuppression suppression, PopulationCheck population,
            ExportAudit audit, MeasureCatalogue measures, ReportScopes scopes) {
        this.scopes = scopes;
        this.facts = facts;
        this.keys = keys;
        this.suppression = suppression;
        this.population = population;
        this.audit = audit;
        this.measures = measures;
    }

    public Report summarise(Actor actor, String measureId, Grouping grouping, EvaluationFilters requested) {
        MeasureDefinition measure = EvaluationInput.requireKnownMeasure(measures, measureId);
        String what = "change summary by " + grouping.name().toLowerCase();
        EvaluationFilters filters = scopes.apply(actor, what, requested.forMeasure(measure.id()));
        EvaluationInput.requireOrderedDates(filters);
        population.require(actor, what, filters);
        Map<String, Map<String, PairedChangeStatistics.Accumulator>> byScore = new LinkedHashMap<>();
        Map<String, PairedChangeStatistics.Accumulator> totals = new LinkedHashMap<>();
        for (ScoreSpec spec : measure.scoreSpecs()) {
            byScore.put(spec.key(), new TreeMap<>());
            totals.put(spec.key(), new PairedChangeStatistics.Accumulator());
        }
        long[] people = {0};
        try (OutcomeFacts.Cursor cursor = facts.openByPerson(filters)) {
            PersonPairs.walk(cursor, filters, pair -> {
                people[0]++;
                List<String> groups = groupsOf(grouping, pair);
                for (ScoreSpec spec : measure.scoreSpecs()) {
                    BigDecimal before = pair.baseline().scores().get(spec.key());
                    BigDecimal after = pair.latest().scores().get(spec.key());
                    if (before == null || after == null) {
                        continue;
                    }
                    ChangeClassification.Change change = ChangeClassification.classify(spec, before, after);
                    totals.get(spec.key()).add(change);
                    for (String group : groups) {
                        byScore.get(spec.key()).computeIfAbsent(group, g -> new PairedChangeStatistics.Accumulator()).add(change);
                    }
                }
            });
        }
        List<ScoreReport> scores = new ArrayList<>();
        for (var entry : byScore.entrySet()) {
            Map<String, ChangeSummary> groups = new LinkedHashMap<>();
            entry.getValue().forEach((group, accumulator) -> groups.put(group, accumulator.summary()));
            SummaryRelease.Released released = SummaryRelease.release(suppression, groups, totals.get(entry.getKey()).summary(),
                    !grouping.overlapping());
            scores.add(new ScoreReport(entry.getKey(), released.groups(), released.total()));
        }
        audit.finished(actor, audit.started(actor, what, filters.given(), List.of()), what, filters.given(), people[0], true, null);
        Optional<String> note = grouping.overlapping()
                ? Optional.of("A person with several needs is counted under each, so the groups do not add up and no total is given")
                : Optional.empty();
        return new Report(measure.id(), grouping, suppression.threshold(), filters, scores, note);
    }

    private List<String> groupsOf(Grouping grouping, BaselineAndLatest.Pair<PersonPairs.Completion> pair) {
        OutcomeFact latest = pair.latest().facts();
        return switch (grouping) {
            case LINK_WORKER -> List.of(latest.assignedTo() == null ? "unassigned" : keys.of("staff:" + latest.assignedTo()));
            case SCHEME -> List.of(latest.schemeId());
            case REFERRAL_SOURCE -> List.of(orUnknown(latest.referralSource()));
            case NEED -> latest.needs() == null || latest.needs().isBlank() ? List.of("none") : List.of(latest.needs().split(";"));
            case PRACTICE -> List.of(orUnknown(latest.practice()));
            case AGE_BAND -> List.of(latest.dateOfBirth() == null || latest.dateOfBirth().isAfter(pair.baseline().completedOn()) ? UNKNOWN
                    : AgeBand.of(latest.dateOfBirth(), pair.baseline().completedOn()).label());
            case SEX -> List.of(orUnknown(latest.sex()));
            case TIME_IN_SERVICE -> List.of(latest.episodeStart() == null ? UNKNOWN
                    : TimeInService.band(latest.episodeStart(), pair.latest().completedOn()));
        };
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
