package org.signpost.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.OutcomeFact;
import org.signpost.wellbeing.model.BaselineAndLatest;
import org.signpost.wellbeing.model.Timepoint;

/**
 * Walks the score rows of one measure, ordered by person and episode, and hands over one pair per
 * person: in each episode the baseline and latest completion ({@link BaselineAndLatest}); of a
 * person's episodes, the one whose latest completion is the most recent among those inside the
 * date filter. Holds one person's rows at a time.
 */
final class PersonPairs {

    /** A completion of the measure: its scores, and the facts of its episode and resident. */
    record Completion(OutcomeFact facts, Timepoint timepoint, LocalDate completedOn, Instant recordedAt, Map<String, BigDecimal> scores)
            implements BaselineAndLatest.Completion {
    }

    private static final Comparator<Completion> LATEST = Comparator.comparing(Completion::completedOn)
            .thenComparing(Completion::recordedAt);

    private PersonPairs() {
    }

    static void walk(OutcomeFacts.Cursor cursor, EvaluationFilters filters, Consumer<BaselineAndLatest.Pair<Completion>> each) {
        String resident = null;
        String episode = null;
        Map<String, Completion> records = new LinkedHashMap<>();
        List<BaselineAndLatest.Pair<Completion>> pairs = new ArrayList<>();
        for (OutcomeFact fact = cursor.next(); ; fact = cursor.next()) {
            boolean newEpisode = fact == null || !fact.episodeId().equals(episode);
            if (newEpisode && !records.isEmpty()) {
                BaselineAndLatest.choose(records.values()).filter(p -> filters.includes(p.latest().completedOn())).ifPresent(pairs::add);
                records.clear();
            }
            if (fact == null || !fact.residentId().equals(resident)) {
                pairs.stream().max(Comparator.comparing(BaselineAndLatest.Pair::latest, LATEST)).ifPresent(each);
                pairs.clear();
            }
            if (fact == null) {
                return;
            }
            resident = fact.residentId();
            episode = fact.episodeId();
            OutcomeFact row = fact;
            records.computeIfAbsent(fact.recordId(), id -> new Completion(row, Timepoint.valueOf(row.timepoint().toUpperCase(Locale.ROOT)),
                    row.completedOn(), row.recordedAt(), new LinkedHashMap<>())).scores().put(fact.scoreKey(), fact.value());
        }
    }
}
