package org.signpost.security.web;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.AuthenticationFailedException;
import org.signpost.security.application.AuthService;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * The signed-in user as a typed {@link Actor}, read from the verified token. Controllers
 * implement generated interfaces, so the actor cannot arrive as a method argument; they ask
 * this instead, once per request.
 */
@Singleton
public class CurrentActor {

    private final SecurityService security;

    CurrentActor(SecurityService security) {
        this.security = security;
    }

    public Actor get() {
        Authentication authentication = security.getAuthentication()
                .orElseThrow(() -> new AuthenticationFailedException("Sign in first"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                // a role this version does not know grants nothing
            }
        }
        return new Actor(uuid(authentication.getAttributes().get(AuthService.CLAIM_USER_ID)).orElse(null), authentication.getName(), roles,
                uuid(authentication.getAttributes().get(AuthService.CLAIM_ORGANISATION)));
    }

    /** The sign-in the caller's access token belongs to. */
    public UUID signInId() {
        Authentication authentication = security.getAuthentication()
                .orElseThrow(() -> new AuthenticationFailedException("Sign in first"));
        return uuid(authentication.getAttributes().get(AuthService.CLAIM_SIGN_IN))
                .orElseThrow(() -> new AuthenticationFailedException("Sign in first"));
    }

    private static Optional<UUID> uuid(Object value) {
        return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
    }
}
