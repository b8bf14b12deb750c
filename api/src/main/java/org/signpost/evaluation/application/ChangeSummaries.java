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
import org.signpost.evaluation.model.CellKeyPerturbation;
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
 * with its paired 95% interval, % improved; small groups suppressed ({@link SummaryRelease}), and
 * what is published perturbed by the group's cell key ({@link CellKeyPerturbation}) so that two
 * summaries differing by one person do not give that person's change. Reads the rows as a stream
 * and keeps one accumulator per group, so memory does not grow with the number of people.
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
    private final CellKeyPerturbation perturbation;

    ChangeSummaries(OutcomeFacts facts, PseudonymousKey keys, SmallNumberSuppression suppression, PopulationCheck population,
            ExportAudit audit, MeasureCatalogue measures, ReportScopes scopes, CellKeyPerturbation perturbation) {
        this.scopes = scopes;
        this.perturbation = perturbation;
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
        Map<String, Map<String, Cell>> byScore = new LinkedHashMap<>();
        Map<String, Cell> totals = new LinkedHashMap<>();
        for (ScoreSpec spec : measure.scoreSpecs()) {
            byScore.put(spec.key(), new TreeMap<>());
            totals.put(spec.key(), new Cell());
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
                    int recordKey = pair.latest().facts().recordKey();
                    totals.get(spec.key()).add(change, recordKey);
                    for (String group : groups) {
                        byScore.get(spec.key()).computeIfAbsent(group, g -> new Cell()).add(change, recordKey);
                    }
                }
            });
        }
        List<ScoreReport> scores = new ArrayList<>();
        for (ScoreSpec spec : measure.scoreSpecs()) {
            Map<String, Cell> cells = byScore.get(spec.key());
            Map<String, ChangeSummary> groups = new LinkedHashMap<>();
            cells.forEach((group, cell) -> groups.put(group, cell.statistics.summary()));
            Cell total = totals.get(spec.key());
            SummaryRelease.Released released = SummaryRelease.release(suppression, groups, total.statistics.summary(),
                    !grouping.overlapping());
            String score = measure.id() + ":" + spec.key();
            double meaningful = spec.meaningfulChange().doubleValue();
            scores.add(new ScoreReport(spec.key(), released.groups().stream()
                    .map(g -> perturbed(g, cells.get(g.group()), score, meaningful)).toList(),
                    released.total().map(t -> perturbed(t, total, score, meaningful))));
        }
        audit.finished(actor, audit.started(actor, what, filters.given(), List.of()), what, filters.given(), people[0], true, null);
        Optional<String> note = grouping.overlapping()
                ? Optional.of("A person with several needs is counted under each, so the groups do not add up and no total is given")
                : Optional.empty();
        return new Report(measure.id(), grouping, suppression.threshold(), filters, scores, note);
    }

    /** A published group's numbers perturbed by its cell key; a suppressed one stays empty. */
    private ReleasedGroup perturbed(ReleasedGroup group, Cell cell, String what, double meaningfulChange) {
        return group.summary().map(s -> new ReleasedGroup(group.group(), group.status(),
                Optional.of(perturbation.summary(s, cell.keys, what, meaningfulChange)))).orElse(group);
    }

    /** One group's running statistics and cell keys. */
    private static final class Cell {

        final PairedChangeStatistics.Accumulator statistics = new PairedChangeStatistics.Accumulator();
        final CellKeyPerturbation.GroupKeys keys = CellKeyPerturbation.GroupKeys.empty();

        void add(ChangeClassification.Change change, int recordKey) {
            statistics.add(change);
            keys.all().add(recordKey);
            switch (change.outcome()) {
                case IMPROVED -> keys.improved().add(recordKey);
                case WORSE -> keys.worse().add(recordKey);
                default -> { }
            }
        }
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
