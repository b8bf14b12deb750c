package org.signpost.security.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * Sign-in settings.
 *
 * @param accessTokenSeconds lifetime of an access token (at most 15 minutes)
 * @param refreshTokenTtl lifetime of one refresh token (each refresh issues a new one)
 * @param signInLifetime absolute lifetime of a sign-in: no refresh extends it, then the user signs in again
 * @param bcryptCost bcrypt work factor (12 in production; tests lower it to keep sign-ins quick)
 * @param tokenIssuer the {@code iss} of every access token, and the only one accepted
 * @param tokenAudience the {@code aud} of every access token, and the only one accepted
 */
@ConfigurationProperties("signpost.auth")
public record AuthSettings(
        @Bindable(defaultValue = "900") @Min(60) @Max(900) int accessTokenSeconds,
        @Bindable(defaultValue = "PT12H") Duration refreshTokenTtl,
        @Bindable(defaultValue = "PT12H") Duration signInLifetime,
        @Bindable(defaultValue = "12") @Min(4) @Max(16) int bcryptCost,
        @Bindable(defaultValue = "signpost") @NotBlank String tokenIssuer,
        @Bindable(defaultValue = "signpost-api") @NotBlank String tokenAudience) {
}
