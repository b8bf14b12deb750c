package org.signpost.accounts.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.HashSet;
import org.signpost.accounts.application.Invitations;
import org.signpost.contract.model.Invitation;
import org.signpost.contract.model.StaffInvitationCreate;
import org.signpost.contract.server.StaffInvitationsApi;
import org.signpost.security.model.Role;
import org.signpost.security.web.CurrentActor;

@Controller
@Secured({"ADMIN", "COORDINATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffInvitationsController implements StaffInvitationsApi {

    private final Invitations invitations;
    private final CurrentActor currentActor;

    StaffInvitationsController(Invitations invitations, CurrentActor currentActor) {
        this.invitations = invitations;
        this.currentActor = currentActor;
    }

    @Override
    public HttpResponse<Invitation> inviteStaff(StaffInvitationCreate request) {
        return HttpResponse.status(HttpStatus.CREATED).body(AccountMapping.invitation(invitations.inviteStaff(currentActor.get(),
                request.getEmail(), Role.valueOf(request.getRole().name()),
                request.getSchemeIds() == null ? null : new HashSet<>(request.getSchemeIds()), request.getOrganisationId(),
                Languages.of(request.getLanguage()))));
    }
}
