package org.signpost.platform.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the event dispatcher runs ({@code signpost.events.*}).
 *
 * @param dispatcherEnabled run the dispatcher in this process (every replica may; a database lease lets one work)
 * @param batchSize         events claimed per pass
 * @param pollInterval      wait between passes that found nothing due
 * @param maxAttempts       failed deliveries of one event to one subscriber before it is parked for that subscriber
 * @param retryBase         wait after the first failure; it doubles with each further failure ...
 * @param retryMax          ... up to this
 * @param claimFor          how long a claimed batch stays invisible to other dispatchers (a dead one's batch is taken
 *                          again after this)
 * @param leaseTtl          how long the dispatcher lease lasts without renewal (a dead holder is replaced after this)
 */
@ConfigurationProperties("signpost.events")
public record EventSettings(
        @Bindable(defaultValue = "true") boolean dispatcherEnabled,
        @Bindable(defaultValue = "100") int batchSize,
        @Bindable(defaultValue = "200ms") Duration pollInterval,
        @Bindable(defaultValue = "10") int maxAttempts,
        @Bindable(defaultValue = "10s") Duration retryBase,
        @Bindable(defaultValue = "1h") Duration retryMax,
        @Bindable(defaultValue = "2m") Duration claimFor,
        @Bindable(defaultValue = "10s") Duration leaseTtl) {

    /** retryBase, 2 x retryBase, 4 x retryBase ... capped at retryMax. */
    public Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = retryBase.multipliedBy(factor);
        return wait.compareTo(retryMax) > 0 || wait.isNegative() ? retryMax : wait;
    }
}
