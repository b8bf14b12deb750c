package org.signpost.indexer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the outbox indexer runs.
 *
 * @param enabled run the indexer loop in this process (every API replica may; the lease lets one work)
 * @param batchSize outbox rows locked per batch
 * @param pollInterval wait between empty polls
 * @param maxAttempts failures before a row is parked
 * @param leaseTtl how long a lease lasts without renewal (a dead holder is replaced after this)
 */
@ConfigurationProperties("signpost.indexer")
public record IndexerSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "100ms") Duration pollInterval,
        @Bindable(defaultValue = "8") int maxAttempts,
        @Bindable(defaultValue = "10s") Duration leaseTtl) {
}
