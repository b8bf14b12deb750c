package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.Grouping;
import org.signpost.evaluation.model.ReleasedGroup;
import org.signpost.security.model.Actor;

/** A change summary as export lines (CSV or JSON lines): one per score and group, then the score's total. */
@Singleton
public class ChangeSummaryLines {

    public static final List<String> COLUMNS = List.of("score_key", "group", "suppressed", "n", "mean_change", "ci_lower", "ci_upper",
            "percent_improved");

    private final ChangeSummaries summaries;

    ChangeSummaryLines(ChangeSummaries summaries) {
        this.summaries = summaries;
    }

    public InputStream export(Actor actor, String measureId, Grouping grouping, EvaluationFilters filters, ExportFormat format) {
        ChangeSummaries.Report report = summaries.summarise(actor, measureId, grouping, filters);
        List<Object[]> lines = new ArrayList<>();
        for (ChangeSummaries.ScoreReport score : report.scores()) {
            score.groups().forEach(group -> lines.add(line(score.scoreKey(), group)));
            score.total().ifPresent(total -> lines.add(line(score.scoreKey(), total)));
        }
        Iterator<Object[]> it = lines.iterator();
        ExportStream.Rows rows = new ExportStream.Rows() {
            @Override
            public Object[] next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        return new ExportStream(format, COLUMNS, rows, (count, complete, failure) -> { });
    }

    private static Object[] line(String scoreKey, ReleasedGroup group) {
        if (group.summary().isEmpty()) {
            return new Object[] {scoreKey, group.group(), true, null, null, null, null, null};
        }
        ChangeSummary s = group.summary().get();
        return new Object[] {scoreKey, group.group(), false, s.n(), round(s.meanChange()),
            s.confidenceInterval95().map(i -> round(OptionalDouble.of(i.lower()))).orElse(null),
            s.confidenceInterval95().map(i -> round(OptionalDouble.of(i.upper()))).orElse(null), round(s.percentImproved())};
    }

    /** Three decimals are more than any measure's precision warrants. */
    static BigDecimal round(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(3, RoundingMode.HALF_EVEN) : null;
    }
}
