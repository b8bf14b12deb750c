package org.signpost.wellbeing.infrastructure;

import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.signpost.wellbeing.application.MeasureOverrideSource;
import org.signpost.wellbeing.application.MeasureOverrides;

/**
 * Reads {@code signpost.measures.enabled.<id>} and {@code signpost.measures.meaningful-change.<id>}
 * from any configuration source (files, system properties, environment variables such as
 * {@code SIGNPOST_MEASURES_ENABLED_SWEMWBS=true}), and finds keys that name no measure, in the
 * configuration files and system properties and among the environment variables, so that a typo
 * is refused rather than ignored.
 */
@Singleton
class ConfiguredMeasureOverrides implements MeasureOverrideSource {

    static final String ENABLED = "signpost.measures.enabled";
    static final String MEANINGFUL_CHANGE = "signpost.measures.meaningful-change";

    private final Environment environment;
    private final Map<String, String> environmentVariables;

    @Inject
    ConfiguredMeasureOverrides(Environment environment) {
        this(environment, System.getenv());
    }

    ConfiguredMeasureOverrides(Environment environment, Map<String, String> environmentVariables) {
        this.environment = environment;
        this.environmentVariables = environmentVariables;
    }

    @Override
    public MeasureOverrides overridesFor(Set<String> measureIds) {
        List<String> unrecognised = new ArrayList<>();
        Map<String, String> enabled = read(ENABLED, measureIds, unrecognised);
        Map<String, String> meaningfulChange = read(MEANINGFUL_CHANGE, measureIds, unrecognised);
        return new MeasureOverrides(enabled, meaningfulChange, unrecognised);
    }

    private Map<String, String> read(String prefix, Set<String> measureIds, List<String> unrecognised) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : new TreeSet<>(measureIds)) {
            environment.getProperty(prefix + "." + id, String.class).ifPresent(value -> values.put(id, value));
        }
        for (String key : new TreeSet<>(environment.getProperties(prefix, StringConvention.RAW).keySet())) {
            if (!measureIds.contains(key)) {
                unrecognised.add(prefix + "." + key);
            }
        }
        String variablePrefix = prefix.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + "_";
        Set<String> variableNames = new TreeSet<>();
        measureIds.forEach(id -> variableNames.add(variablePrefix + id.toUpperCase(Locale.ROOT).replace('-', '_')));
        for (String name : new TreeSet<>(environmentVariables.keySet())) {
            if (name.startsWith(variablePrefix) && !variableNames.contains(name)) {
                unrecognised.add(name);
            }
        }
        return values;
    }
}
