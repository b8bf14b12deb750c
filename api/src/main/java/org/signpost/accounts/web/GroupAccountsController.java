package org.signpost.accounts.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.accounts.application.GroupSignUps;
import org.signpost.accounts.application.Invitations;
import org.signpost.accounts.application.ListingClaims;
import org.signpost.contract.model.EditorInvitationCreate;
import org.signpost.contract.model.GroupClaim;
import org.signpost.contract.model.GroupClaimCreate;
import org.signpost.contract.model.GroupSignUp;
import org.signpost.contract.model.GroupSignUpCreate;
import org.signpost.contract.model.Invitation;
import org.signpost.contract.model.TokenSubmission;
import org.signpost.contract.server.GroupAccountsApi;
import org.signpost.directory.model.OrganisationDraft;
import org.signpost.security.application.AccountRequestThrottle;
import org.signpost.security.web.ClientAddress;
import org.signpost.security.web.CurrentActor;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GroupAccountsController implements GroupAccountsApi {

    private final GroupSignUps signUps;
    private final ListingClaims claims;
    private final Invitations invitations;
    private final CurrentActor currentActor;
    private final AccountRequestThrottle throttle;
    private final ClientAddress clientAddress;

    GroupAccountsController(GroupSignUps signUps, ListingClaims claims, Invitations invitations, CurrentActor currentActor,
            AccountRequestThrottle throttle, ClientAddress clientAddress) {
        this.signUps = signUps;
        this.claims = claims;
        this.invitations = invitations;
        this.currentActor = currentActor;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    public HttpResponse<GroupSignUp> signUpGroup(GroupSignUpCreate request) {
        return HttpResponse.status(HttpStatus.CREATED).body(AccountMapping.signUp(signUps.signUp(currentActor.get(),
                new OrganisationDraft(request.getName(), request.getDescription(), request.getEmail(), request.getWebsite(), null),
                request.getNote())));
    }

    @Override
    public HttpResponse<GroupClaim> claimListing(GroupClaimCreate request) {
        if (request.getProofEmail() != null) {
            throttle.mailing(caller(), request.getProofEmail());
        }
        return HttpResponse.status(HttpStatus.CREATED).body(AccountMapping.claim(claims.claim(currentActor.get(), request.getServiceId(),
                request.getProofEmail(), request.getNote(), Languages.of(request.getLanguage()))));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public GroupClaim confirmClaim(TokenSubmission request) {
        throttle.fromAddress(caller());
        return AccountMapping.claim(claims.confirm(request.getToken()));
    }

    @Override
    public HttpResponse<Invitation> inviteGroupEditor(EditorInvitationCreate request) {
        return HttpResponse.status(HttpStatus.CREATED).body(AccountMapping.invitation(invitations.inviteEditor(currentActor.get(),
                request.getEmail(), Languages.of(request.getLanguage()))));
    }

    private String caller() {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("An account request outside a request"));
        return clientAddress.of(request);
    }
}
