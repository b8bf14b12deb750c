package org.signpost.security.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.RefreshRequest;
import org.signpost.contract.model.TokenResponse;
import org.signpost.contract.server.AuthApi;
import org.signpost.security.application.AuthService;
import org.signpost.security.application.SignIns;
import org.signpost.security.model.TokenPair;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController implements AuthApi {

    private final AuthService auth;
    private final SignIns signIns;
    private final CurrentActor currentActor;
    private final ClientAddress clientAddress;

    AuthController(AuthService auth, SignIns signIns, CurrentActor currentActor, ClientAddress clientAddress) {
        this.auth = auth;
        this.signIns = signIns;
        this.currentActor = currentActor;
        this.clientAddress = clientAddress;
    }

    @Override
    public TokenResponse login(LoginRequest request) {
        return response(auth.login(request.getUsername(), request.getPassword(), caller()));
    }

    @Override
    public TokenResponse refreshToken(RefreshRequest request) {
        return response(auth.refresh(request.getRefreshToken(), caller()));
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> logout() {
        signIns.signOut(currentActor.signInId());
        return HttpResponse.noContent();
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> logoutEverywhere() {
        signIns.signOutEverywhere(currentActor.get().userId());
        return HttpResponse.noContent();
    }

    private String caller() {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("Sign-in outside a request"));
        return clientAddress.of(request);
    }

    private static TokenResponse response(TokenPair tokens) {
        return new TokenResponse(tokens.accessToken(), "Bearer", tokens.expiresInSeconds(), tokens.refreshToken(),
                tokens.roles().stream().map(role -> org.signpost.contract.model.Role.valueOf(role.name())).sorted().toList());
    }
}
