package org.signpost.wellbeing.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.EpisodeOutcomeChanges;
import org.signpost.contract.model.OutcomeCorrection;
import org.signpost.contract.model.OutcomeInvitation;
import org.signpost.contract.model.OutcomeInvitationRequest;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeRecordPage;
import org.signpost.contract.model.OutcomeRequest;
import org.signpost.contract.model.ResidentOutcomeChanges;
import org.signpost.contract.server.OutcomesApi;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.web.CurrentActor;
import org.signpost.wellbeing.application.OutcomeCommand;
import org.signpost.wellbeing.application.MeasureCatalogue;
import org.signpost.wellbeing.application.OutcomeInvitations;
import org.signpost.wellbeing.application.OutcomeReads;
import org.signpost.wellbeing.application.OutcomeRecording;

/** Outcome records on episodes, their change from baseline, and invitations (scheme staff). The use cases decide and audit. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OutcomesController implements OutcomesApi {

    private final CurrentActor currentActor;
    private final MeasureCatalogue catalogue;
    private final PersonalDataAccess access;
    private final OutcomeRecording recording;
    private final OutcomeReads reads;
    private final OutcomeInvitations invitations;
    private final UserDirectory users;

    OutcomesController(CurrentActor currentActor, MeasureCatalogue catalogue, PersonalDataAccess access, OutcomeRecording recording, OutcomeReads reads,
            OutcomeInvitations invitations, UserDirectory users) {
        this.currentActor = currentActor;
        this.catalogue = catalogue;
        this.access = access;
        this.recording = recording;
        this.reads = reads;
        this.invitations = invitations;
        this.users = users;
    }

    @Override
    public HttpResponse<OutcomeRecord> recordOutcome(UUID episodeId, OutcomeRequest body, String purpose) {
        Access who = open(purpose, AuditAction.CREATE, "episode", episodeId);
        var record = recording.record(who, episodeId, new OutcomeCommand(body.getMeasureId(),
                OutcomeResponses.timepoint(body.getTimepoint()), body.getFollowUpWeeks(), body.getCompletedOn(), body.getAnswers()));
        return HttpResponse.status(HttpStatus.CREATED).body(OutcomeResponses.record(record, null,
                Map.of(who.actor().userId(), who.actor().username()), catalogue.find(record.measureId())));
    }

    @Override
    public HttpResponse<OutcomeRecord> correctOutcome(UUID recordId, OutcomeCorrection body, String purpose) {
        Access who = open(purpose, AuditAction.UPDATE, "outcome_record", recordId);
        var record = recording.correct(who, recordId,
                body.getAnswers() == null || body.getAnswers().isEmpty() ? null : body.getAnswers(), body.getCompletedOn(), body.getReason());
        return HttpResponse.status(HttpStatus.CREATED).body(OutcomeResponses.record(record, null,
                Map.of(who.actor().userId(), who.actor().username()), catalogue.find(record.measureId())));
    }

    @Override
    public OutcomeRecordPage listEpisodeOutcomes(UUID episodeId, String purpose, Integer page, Integer perPage) {
        Access who = open(purpose, AuditAction.READ, "episode", episodeId);
        var result = reads.list(who, episodeId, page == null ? 1 : page, perPage == null ? 20 : perPage);
        var names = users.usernames(OutcomeResponses.recorders(result.entries().stream().map(e -> e.record()).toList()));
        return new OutcomeRecordPage(result.entries().stream()
                .map(e -> OutcomeResponses.record(e.record(), e.supersededBy(), names, catalogue.find(e.record().measureId()))).toList(),
                result.total(), result.page(), result.size());
    }

    @Override
    public EpisodeOutcomeChanges getEpisodeOutcomeChanges(UUID episodeId, String purpose) {
        return OutcomeResponses.changes(reads.changes(open(purpose, AuditAction.READ, "episode", episodeId), episodeId));
    }

    @Override
    public ResidentOutcomeChanges getResidentOutcomeChanges(UUID residentId, String purpose) {
        Access who = open(purpose, AuditAction.READ, "resident", residentId);
        return new ResidentOutcomeChanges(residentId, reads.residentChanges(who, residentId).stream()
                .map(OutcomeResponses::changes).toList());
    }

    @Override
    public HttpResponse<OutcomeInvitation> inviteOutcome(UUID episodeId, OutcomeInvitationRequest body, String purpose) {
        Access who = open(purpose, AuditAction.CREATE, "episode", episodeId);
        var invitation = invitations.invite(who, episodeId, body.getMeasureId(), OutcomeResponses.timepoint(body.getTimepoint()),
                body.getFollowUpWeeks());
        return HttpResponse.status(HttpStatus.CREATED).body(OutcomeResponses.invitation(invitation, who.actor().username()));
    }

    private Access open(String purpose, AuditAction action, String type, UUID id) {
        return access.open(currentActor.get(), purpose, action, Resource.of(type, id, null));
    }
}
