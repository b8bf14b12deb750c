package org.signpost.directory.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Directory settings ({@code signpost.directory.*}). The review policy
 * ({@code signpost.directory.review-policy.<field>: publish|hold}) and the bounds
 * ({@code signpost.directory.bounds.min-latitude} ...) are read by {@link DirectoryConfiguration}.
 *
 * @param reviewAfter ISO-8601 period after the last review when a listing is due for review (P6M)
 * @param hideAfter ISO-8601 period after the last review when residents stop seeing it (P12M)
 * @param zone the deployment's time zone: what "today" means for assured dates
 * @param taxonomySeed the needs taxonomy loaded at start ({@code classpath:} or a file path); blank skips loading
 * @param taxonomyRefresh how long the in-memory needs taxonomy ({@link NeedsCatalogue}) is kept when nothing changes it
 *     here (another replica's edits show after this at the latest)
 */
@ConfigurationProperties("signpost.directory")
public record DirectorySettings(
        @Bindable(defaultValue = "P6M") String reviewAfter,
        @Bindable(defaultValue = "P12M") String hideAfter,
        @Bindable(defaultValue = "Europe/London") String zone,
        @Bindable(defaultValue = "classpath:seeds/taxonomy/needs-taxonomy.json") String taxonomySeed,
        @Bindable(defaultValue = "5m") Duration taxonomyRefresh) {
}
