package org.signpost.security.model;

import java.util.Set;

/** What a sign-in or a refresh hands back. */
public record TokenPair(String accessToken, int expiresInSeconds, String refreshToken, Set<Role> roles) {
}
