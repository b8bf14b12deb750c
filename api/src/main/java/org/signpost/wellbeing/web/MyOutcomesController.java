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
import org.signpost.contract.model.InvitationAnswers;
import org.signpost.contract.model.MyOutcomeInvitations;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.server.MyOutcomesApi;
import org.signpost.security.web.CurrentActor;
import org.signpost.wellbeing.application.MeasureCatalogue;
import org.signpost.wellbeing.application.OutcomeInvitations;

/** A resident's own invitations to complete a measure, and their answers (RESIDENT, purpose RESIDENT_OWN_ACCESS). */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyOutcomesController implements MyOutcomesApi {

    private final CurrentActor currentActor;
    private final MeasureCatalogue catalogue;
    private final PersonalDataAccess access;
    private final OutcomeInvitations invitations;

    MyOutcomesController(CurrentActor currentActor, MeasureCatalogue catalogue, PersonalDataAccess access, OutcomeInvitations invitations) {
        this.currentActor = currentActor;
        this.catalogue = catalogue;
        this.access = access;
        this.invitations = invitations;
    }

    @Override
    public MyOutcomeInvitations listMyOutcomeInvitations(String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.READ, Resource.of("outcome_invitation", null, null));
        return new MyOutcomeInvitations(invitations.pending(who).stream().map(OutcomeResponses::pending).toList());
    }

    @Override
    public HttpResponse<OutcomeRecord> answerOutcomeInvitation(UUID invitationId, InvitationAnswers body, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.CREATE, Resource.of("outcome_invitation", invitationId, null));
        var record = invitations.answer(who, invitationId, body.getCompletedOn(), body.getAnswers());
        return HttpResponse.status(HttpStatus.CREATED).body(OutcomeResponses.record(record, null,
                Map.of(who.actor().userId(), who.actor().username()), catalogue.find(record.measureId())));
    }
}
