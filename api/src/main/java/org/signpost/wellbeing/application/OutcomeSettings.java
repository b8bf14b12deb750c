package org.signpost.wellbeing.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Outcome recording settings ({@code signpost.outcomes.*}).
 *
 * @param invitationExpiry how long a resident's invitation to complete a measure stays open (ISO-8601, default 14 days)
 * @param zone the deployment's time zone: what "today" means for completed_on
 */
@ConfigurationProperties("signpost.outcomes")
public record OutcomeSettings(
        @Bindable(defaultValue = "P14D") Duration invitationExpiry,
        @Bindable(defaultValue = "Europe/London") String zone) {

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
