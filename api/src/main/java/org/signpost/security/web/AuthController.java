package org.signpost.security.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.RefreshRequest;
import org.signpost.contract.model.TokenResponse;
import org.signpost.contract.server.AuthApi;
import org.signpost.security.application.AuthService;
import org.signpost.security.model.TokenPair;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController implements AuthApi {

    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public TokenResponse login(LoginRequest request) {
        return response(auth.login(request.getUsername(), request.getPassword()));
    }

    @Override
    public TokenResponse refreshToken(RefreshRequest request) {
        return response(auth.refresh(request.getRefreshToken()));
    }

    private static TokenResponse response(TokenPair tokens) {
        return new TokenResponse(tokens.accessToken(), "Bearer", tokens.expiresInSeconds(), tokens.refreshToken(),
                tokens.roles().stream().map(role -> org.signpost.contract.model.Role.valueOf(role.name())).sorted().toList());
    }
}
