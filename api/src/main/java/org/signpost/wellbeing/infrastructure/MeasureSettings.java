package org.signpost.wellbeing.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where a deployment keeps its own measure definitions (licensed measures it holds a licence
 * for), besides the built-in ones on the classpath.
 *
 * @param dir a directory of {@code *.yaml} definitions ({@code SIGNPOST_MEASURES_DIR}); none when unset
 */
@ConfigurationProperties("signpost.measures")
public record MeasureSettings(@Nullable String dir) {
}
