package org.signpost.directory.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Period;

/**
 * Directory settings read by the public feed ({@code signpost.directory}).
 *
 * @param hideAfter a listing not reviewed (assured) for this long stops being shown to the public
 */
@ConfigurationProperties("signpost.directory")
public record DirectorySettings(@Bindable(defaultValue = "P12M") Period hideAfter) {
}
