package org.signpost.security.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How many emails (verification, reset) one email address may be sent per period, whoever asks (docs/accounts.md).
 *
 * @param emailAttempts requests that mail one address per {@code emailPeriod}
 * @param emailPeriod the period those refill over
 */
@ConfigurationProperties("signpost.accounts.throttle")
public record AccountThrottleSettings(
        @Bindable(defaultValue = "5") @Min(1) int emailAttempts,
        @Bindable(defaultValue = "PT1H") Duration emailPeriod) {
}
