package org.signpost.security.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.security.application.AuthService;
import org.signpost.security.application.SignIns;
import org.signpost.security.model.LiveSignIn;
import org.signpost.security.model.Role;

/**
 * Turns a verified access token into the caller, by what the database says now: the token must be
 * HS256 (the one algorithm Signpost issues), name a sign-in that has not ended or expired, of a
 * user still enabled; the roles and organisation are the user's current ones, not the token's.
 * Runs on the blocking executor ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}).
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class SignInAuthenticationFactory implements JwtAuthenticationFactory {

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;

    private final SignIns signIns;

    SignInAuthenticationFactory(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        if (!(token instanceof SignedJWT signed) || !ALGORITHM.equals(signed.getHeader().getAlgorithm())) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Optional<UUID> signIn = uuid(claims.getClaim(AuthService.CLAIM_SIGN_IN));
            Optional<UUID> user = uuid(claims.getClaim(AuthService.CLAIM_USER_ID));
            if (signIn.isEmpty() || user.isEmpty()) {
                return Optional.empty();
            }
            return signIns.admitted(signIn.get(), user.get()).map(SignInAuthenticationFactory::authentication);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Authentication authentication(LiveSignIn live) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(AuthService.CLAIM_USER_ID, live.userId().toString());
        attributes.put(AuthService.CLAIM_SIGN_IN, live.signInId().toString());
        live.organisationId().ifPresent(org -> attributes.put(AuthService.CLAIM_ORGANISATION, org.toString()));
        return Authentication.build(live.username(), live.roles().stream().map(Role::authority).collect(Collectors.toSet()),
                attributes);
    }

    private static Optional<UUID> uuid(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
