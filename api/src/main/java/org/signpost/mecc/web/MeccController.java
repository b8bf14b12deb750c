package org.signpost.mecc.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.MeccAction;
import org.signpost.contract.model.MeccConversation;
import org.signpost.contract.model.MeccConversationRequest;
import org.signpost.contract.model.MeccCount;
import org.signpost.contract.model.MeccDimension;
import org.signpost.contract.model.MeccIntention;
import org.signpost.contract.model.MeccLevel;
import org.signpost.contract.model.MeccPractitionerRequest;
import org.signpost.contract.model.MeccReport;
import org.signpost.contract.model.MeccReportRow;
import org.signpost.contract.model.MeccVocabulary;
import org.signpost.contract.server.MeccApi;
import org.signpost.mecc.application.MeccPractitioners;
import org.signpost.mecc.application.MeccRecording;
import org.signpost.mecc.application.MeccReports;
import org.signpost.security.model.Actor;
import org.signpost.security.web.CurrentActor;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MeccController implements MeccApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final MeccRecording recording;
    private final MeccReports reports;
    private final MeccPractitioners practitioners;

    MeccController(CurrentActor currentActor, PersonalDataAccess access, MeccRecording recording, MeccReports reports,
            MeccPractitioners practitioners) {
        this.currentActor = currentActor;
        this.access = access;
        this.recording = recording;
        this.reports = reports;
        this.practitioners = practitioners;
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    @Secured("ADMIN")
    public HttpResponse<Void> setMeccPractitioner(MeccPractitionerRequest body) {
        practitioners.set(currentActor.get(), body.getUsername(), body.getEnabled());
        return HttpResponse.noContent();
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public MeccVocabulary getMeccVocabulary() {
        var v = recording.vocabulary();
        return new MeccVocabulary(v.coreTopics(), v.widerTopics(), v.settings(), Arrays.asList(MeccLevel.values()),
                Arrays.asList(MeccAction.values()), Arrays.asList(MeccIntention.values()));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<MeccConversation> recordMeccConversation(MeccConversationRequest body, String purpose) {
        Actor actor = currentActor.get();
        // a stated purpose is needed only when the record names a person
        Access who = body.getResidentId() == null ? new Access(actor, null)
                : access.open(actor, purpose, AuditAction.CREATE, Resource.of("mecc_conversation", null, body.getResidentId()));
        var saved = recording.record(actor, who, new MeccRecording.Request(body.getHeldOn(), body.getSetting(), body.getOrganisation(),
                body.getPractitionerRole(), body.getTopics(), org.signpost.mecc.model.MeccLevel.valueOf(body.getLevel().name()),
                org.signpost.mecc.model.MeccAction.valueOf(body.getAction().name()), body.getSignpostedServiceId(),
                body.getStatedIntention() == null ? null : org.signpost.mecc.model.MeccIntention.valueOf(body.getStatedIntention().name()),
                body.getResidentId(), body.getResidentConsented()));
        MeccConversation out = new MeccConversation(saved.id(), saved.heldOn(), saved.setting(), saved.topics(),
                MeccLevel.valueOf(saved.level().name()), MeccAction.valueOf(saved.action().name()),
                MeccIntention.valueOf(saved.statedIntention().name()), saved.residentId() == null,
                saved.recordedAt().atOffset(ZoneOffset.UTC));
        out.setOrganisation(saved.organisation());
        out.setPractitionerRole(saved.practitionerRole());
        out.setSignpostedServiceId(saved.signpostedServiceId());
        return HttpResponse.status(HttpStatus.CREATED).body(out);
    }

    @Override
    @Secured({"EVALUATOR", "COORDINATOR", "ADMIN"})
    public MeccReport meccReport(MeccDimension rows, MeccDimension columns, String from, String to) {
        var report = reports.report(currentActor.get(), org.signpost.mecc.model.MeccDimension.valueOf(rows.name()),
                columns == null ? null : org.signpost.mecc.model.MeccDimension.valueOf(columns.name()), from, to);
        Long[][] cells = report.cells();
        int last = cells.length - 1;
        List<MeccReportRow> out = new ArrayList<>();
        MeccCount grand;
        List<MeccCount> columnTotals = new ArrayList<>();
        if (columns == null) {
            for (int i = 0; i < report.rowKeys().size(); i++) {
                out.add(new MeccReportRow(report.rowKeys().get(i), List.of(), count(cells[0][i])));
            }
            grand = count(cells[0][report.rowKeys().size()]);
        } else {
            int width = report.columnKeys().size();
            for (int r = 0; r < report.rowKeys().size(); r++) {
                List<MeccCount> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(count(cells[r][c]));
                }
                out.add(new MeccReportRow(report.rowKeys().get(r), row, count(cells[r][width])));
            }
            for (int c = 0; c < width; c++) {
                columnTotals.add(count(cells[last][c]));
            }
            grand = count(cells[last][width]);
        }
        MeccReport result = new MeccReport(rows, report.threshold(), report.from(), report.to(), report.columnKeys(), out, columnTotals,
                grand);
        result.setColumnsDimension(columns);
        return result;
    }

    private static MeccCount count(Long value) {
        return value == null ? new MeccCount(true) : new MeccCount(false).count(value);
    }
}
