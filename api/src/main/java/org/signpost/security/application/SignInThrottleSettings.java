package org.signpost.security.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;

/**
 * Limits on sign-in attempts (see docs/security.md, "Sign-in and sessions").
 *
 * @param accountAttempts failed sign-ins one account may take per {@code accountPeriod} (a success gives its attempt back)
 * @param accountPeriod the period the account's attempts refill over
 * @param addressAttempts failed sign-ins one client address may make per {@code addressPeriod}
 * @param addressPeriod the period the address's attempts refill over
 * @param refreshAttempts token refreshes one client address may make per {@code addressPeriod}
 * @param concurrentPasswordChecks password checks (bcrypt) that may run at once; 0 means half the processors, at least one
 * @param passwordCheckWait how long a sign-in waits for a free password check before answering 503
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed; empty: the header is ignored
 * @param trackedKeys most accounts and addresses remembered at once (least recently used are forgotten first)
 */
@ConfigurationProperties("signpost.auth.throttle")
public record SignInThrottleSettings(
        @Bindable(defaultValue = "10") @Min(1) int accountAttempts,
        @Bindable(defaultValue = "PT15M") Duration accountPeriod,
        @Bindable(defaultValue = "30") @Min(1) int addressAttempts,
        @Bindable(defaultValue = "PT1M") Duration addressPeriod,
        @Bindable(defaultValue = "120") @Min(1) int refreshAttempts,
        @Bindable(defaultValue = "0") @Min(0) int concurrentPasswordChecks,
        @Bindable(defaultValue = "PT0.2S") Duration passwordCheckWait,
        @Nullable List<String> trustedProxies,
        @Bindable(defaultValue = "100000") @Min(100) int trackedKeys) {

    public SignInThrottleSettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    public int passwordCheckPermits() {
        return concurrentPasswordChecks > 0 ? concurrentPasswordChecks
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
