package org.signpost.directory.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Directory import settings ({@code signpost.directory.import}).
 *
 * @param batchSize records written per JDBC batch (and per transaction in bulk loads)
 */
@ConfigurationProperties("signpost.directory.import")
public record ImportSettings(@Bindable(defaultValue = "500") @Min(1) @Max(10_000) int batchSize) {
}
