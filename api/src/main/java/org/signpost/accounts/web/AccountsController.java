package org.signpost.accounts.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.accounts.application.Invitations;
import org.signpost.accounts.application.PasswordResets;
import org.signpost.accounts.application.Registrations;
import org.signpost.contract.model.PasswordResetRequest;
import org.signpost.contract.model.PasswordWithToken;
import org.signpost.contract.model.Registration;
import org.signpost.contract.model.TokenSubmission;
import org.signpost.contract.server.AccountsApi;
import org.signpost.security.application.AccountRequestThrottle;
import org.signpost.security.web.ClientAddress;

/** What a person without a token does: register, confirm an address, reset a password, accept an invitation. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountsController implements AccountsApi {

    private final Registrations registrations;
    private final PasswordResets resets;
    private final Invitations invitations;
    private final AccountRequestThrottle throttle;
    private final ClientAddress clientAddress;

    AccountsController(Registrations registrations, PasswordResets resets, Invitations invitations, AccountRequestThrottle throttle,
            ClientAddress clientAddress) {
        this.registrations = registrations;
        this.resets = resets;
        this.invitations = invitations;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    public HttpResponse<Void> register(Registration registration) {
        throttle.mailing(caller(), registration.getEmail());
        registrations.register(registration.getEmail(), registration.getPassword(), Languages.of(registration.getLanguage()));
        return HttpResponse.accepted();
    }

    @Override
    public HttpResponse<Void> verifyEmail(TokenSubmission tokenSubmission) {
        throttle.fromAddress(caller());
        registrations.verify(tokenSubmission.getToken());
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> requestPasswordReset(PasswordResetRequest request) {
        throttle.mailing(caller(), request.getEmail());
        resets.request(request.getEmail(), Languages.of(request.getLanguage()));
        return HttpResponse.accepted();
    }

    @Override
    public HttpResponse<Void> confirmPasswordReset(PasswordWithToken request) {
        throttle.fromAddress(caller());
        resets.confirm(request.getToken(), request.getPassword());
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> acceptInvitation(PasswordWithToken request) {
        throttle.fromAddress(caller());
        invitations.accept(request.getToken(), request.getPassword());
        return HttpResponse.noContent();
    }

    private String caller() {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("An account request outside a request"));
        return clientAddress.of(request);
    }
}
