package org.signpost.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.signpost.contract.model.ChangeSummaryGroup;
import org.signpost.contract.model.ChangeSummaryReport;
import org.signpost.contract.model.ChangeSummaryScore;
import org.signpost.contract.model.EvaluationGrouping;
import org.signpost.evaluation.application.ChangeSummaries;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.ReleasedGroup;

/** The released summary as the contract's JSON. */
final class ChangeSummaryMapping {

    private ChangeSummaryMapping() {
    }

    static ChangeSummaryReport report(ChangeSummaries.Report report, EvaluationGrouping groupBy) {
        ChangeSummaryReport out = new ChangeSummaryReport(report.measureId(), groupBy, report.threshold(),
                report.scores().stream().map(score -> {
                    ChangeSummaryScore s = new ChangeSummaryScore(score.scoreKey(), score.groups().stream().map(ChangeSummaryMapping::group)
                            .toList());
                    score.total().ifPresent(total -> s.setTotal(group(total)));
                    return s;
                }).toList());
        out.setFrom(report.filters().from());
        out.setTo(report.filters().to());
        report.note().ifPresent(out::setNote);
        return out;
    }

    private static ChangeSummaryGroup group(ReleasedGroup released) {
        ChangeSummaryGroup out = new ChangeSummaryGroup(released.group(), released.suppressed());
        if (released.summary().isPresent()) {
            ChangeSummary s = released.summary().get();
            out.setN(s.n());
            out.setMeanChange(round(s.meanChange()));
            s.confidenceInterval95().ifPresent(i -> {
                out.setCiLower(round(OptionalDouble.of(i.lower())));
                out.setCiUpper(round(OptionalDouble.of(i.upper())));
            });
            out.setPercentImproved(round(s.percentImproved()));
        }
        return out;
    }

    private static Double round(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(3, RoundingMode.HALF_EVEN).doubleValue() : null;
    }
}
