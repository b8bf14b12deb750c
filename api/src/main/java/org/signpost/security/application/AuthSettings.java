package org.signpost.security.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Sign-in settings.
 *
 * @param accessTokenSeconds lifetime of an access token (at most 15 minutes)
 * @param refreshTokenTtl lifetime of a refresh token
 * @param bcryptCost bcrypt work factor (12 in production; tests lower it to keep sign-ins quick)
 */
@ConfigurationProperties("signpost.auth")
public record AuthSettings(
        @Bindable(defaultValue = "900") @Min(60) @Max(900) int accessTokenSeconds,
        @Bindable(defaultValue = "PT12H") Duration refreshTokenTtl,
        @Bindable(defaultValue = "12") @Min(4) @Max(16) int bcryptCost) {
}
