package org.signpost.platform.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses to start without a real token-signing secret. There is no default: the dev Run and the
 * tests generate a random one per process; a deployment must set {@code SIGNPOST_JWT_SECRET}.
 */
@Context
class SigningSecretCheck {

    static final int MINIMUM_BYTES = 32;

    SigningSecretCheck(@Value("${signpost.jwt.secret:}") String secret) {
        check(secret);
    }

    static void check(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ConfigurationException("SIGNPOST_JWT_SECRET is not set: Signpost will not sign tokens with a default secret");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("SIGNPOST_JWT_SECRET must be at least " + MINIMUM_BYTES + " bytes (HS256)");
        }
    }
}
