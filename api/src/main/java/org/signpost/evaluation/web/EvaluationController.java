package org.signpost.evaluation.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.InputStream;
import java.util.UUID;
import org.signpost.contract.model.ChangeSummaryReport;
import org.signpost.contract.model.EvaluationExportFormat;
import org.signpost.contract.model.EvaluationGrouping;
import org.signpost.contract.server.EvaluationApi;
import org.signpost.evaluation.application.ChangeSummaries;
import org.signpost.evaluation.application.ChangeSummaryLines;
import org.signpost.evaluation.application.ExportFormat;
import org.signpost.evaluation.application.OutcomeExport;
import org.signpost.evaluation.application.ReleasePeriod;
import org.signpost.evaluation.model.Grouping;
import org.signpost.security.web.CurrentActor;

/**
 * Evaluator access: change summaries (EVALUATOR, COORDINATOR, ADMIN) and streamed exports. The
 * person-level export is for EVALUATOR and ADMIN only: a coordinator already sees their own
 * scheme's residents by name, and needs only the aggregates.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController implements EvaluationApi {

    private final CurrentActor currentActor;
    private final ChangeSummaries summaries;
    private final ChangeSummaryLines summaryLines;
    private final OutcomeExport outcomes;
    private final ReleasePeriod periods;

    EvaluationController(CurrentActor currentActor, ChangeSummaries summaries, ChangeSummaryLines summaryLines, OutcomeExport outcomes,
            ReleasePeriod periods) {
        this.periods = periods;
        this.currentActor = currentActor;
        this.summaries = summaries;
        this.summaryLines = summaryLines;
        this.outcomes = outcomes;
    }

    @Override
    @Secured({"EVALUATOR", "COORDINATOR", "ADMIN"})
    public ChangeSummaryReport getChangeSummary(String measureId, EvaluationGrouping groupBy, String from, String to, UUID schemeId,
            String practice, String need) {
        var report = summaries.summarise(currentActor.get(), measureId, grouping(groupBy),
                periods.filters(from, to, schemeId, blankToNull(practice), null, blankToNull(need)));
        return ChangeSummaryMapping.report(report, groupBy);
    }

    // the format parameter chooses CSV or NDJSON; a client's default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"text/csv", "application/x-ndjson", "application/json", "application/problem+json"})
    @Override
    @Secured({"EVALUATOR", "ADMIN"})
    public FileCustomizableResponseType exportOutcomes(EvaluationExportFormat format, String measureId, String from, String to,
            UUID schemeId, String practice, String need) {
        ExportFormat chosen = chosen(format);
        InputStream stream = outcomes.open(currentActor.get(),
                periods.filters(from, to, schemeId, blankToNull(practice), blankToNull(measureId), blankToNull(need)), chosen);
        return attachment(stream, chosen, "outcomes");
    }

    // the format parameter chooses CSV or NDJSON; a client's default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"text/csv", "application/x-ndjson", "application/json", "application/problem+json"})
    @Override
    @Secured({"EVALUATOR", "COORDINATOR", "ADMIN"})
    public FileCustomizableResponseType exportChangeSummaries(String measureId, EvaluationGrouping groupBy, EvaluationExportFormat format,
            String from, String to, UUID schemeId, String practice, String need) {
        ExportFormat chosen = chosen(format);
        InputStream stream = summaryLines.export(currentActor.get(), measureId, grouping(groupBy),
                periods.filters(from, to, schemeId, blankToNull(practice), null, blankToNull(need)), chosen);
        return attachment(stream, chosen, "change-summary-" + groupBy.getValue());
    }

    private static StreamedFile attachment(InputStream stream, ExportFormat format, String name) {
        return new StreamedFile(stream, MediaType.of(format.mediaType() + "; charset=utf-8"))
                .attach(name + (format == ExportFormat.CSV ? ".csv" : ".ndjson"));
    }

    /** The format parameter wins; else the Accept header's first export type; else CSV. */
    private static ExportFormat chosen(EvaluationExportFormat format) {
        if (format != null) {
            return format == EvaluationExportFormat.NDJSON ? ExportFormat.NDJSON : ExportFormat.CSV;
        }
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        if (request != null) {
            for (MediaType accepted : request.accept()) {
                if (accepted.getName().equals(ExportFormat.NDJSON.mediaType())) {
                    return ExportFormat.NDJSON;
                }
                if (accepted.getName().equals(ExportFormat.CSV.mediaType())) {
                    return ExportFormat.CSV;
                }
            }
        }
        return ExportFormat.CSV;
    }

    private static Grouping grouping(EvaluationGrouping groupBy) {
        return Grouping.valueOf(groupBy.name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
