package org.signpost.directory.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Directory import settings ({@code signpost.directory.import}).
 *
 * @param batchSize records written per JDBC batch in feed imports
 * @param bulkBatchSize records written per JDBC batch and transaction in bulk loads (synthetic services)
 */
@ConfigurationProperties("signpost.directory.import")
public record ImportSettings(@Bindable(defaultValue = "500") @Min(1) @Max(10_000) int batchSize,
        @Bindable(defaultValue = "2000") @Min(1) @Max(20_000) int bulkBatchSize) {
}
