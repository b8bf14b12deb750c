package org.signpost.wellbeing.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signpost.wellbeing.application.MeasureOverrides;

/**
 * Reads {@code signpost.measures.enabled.<id>} and {@code signpost.measures.meaningful-change.<id>}
 * from the configuration (files, system properties, environment variables such as
 * {@code SIGNPOST_MEASURES_ENABLED_SWEMWBS=true}), keys as written.
 */
@Factory
class MeasureOverridesFactory {

    @Singleton
    MeasureOverrides overrides(Environment environment) {
        return new MeasureOverrides(read(environment, "signpost.measures.enabled"),
                read(environment, "signpost.measures.meaningful-change"));
    }

    private static Map<String, String> read(Environment environment, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        environment.getProperties(prefix, StringConvention.RAW).forEach((key, value) -> {
            if (value != null) {
                values.put(key, String.valueOf(value));
            }
        });
        return values;
    }
}
