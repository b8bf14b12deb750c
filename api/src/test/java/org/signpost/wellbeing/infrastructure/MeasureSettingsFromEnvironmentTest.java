package org.signpost.wellbeing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signpost.wellbeing.application.MeasureOverrides;

/**
 * Deployments configure measures through environment variables or configuration files; both
 * reach the catalogue as measure ids, and a key naming no measure is reported, not ignored.
 */
class MeasureSettingsFromEnvironmentTest {

    static final Set<String> IDS = Set.of("ons4", "ucla3", "swemwbs", "wemwbs", "example-activation");

    @Test
    void environmentVariablesSwitchMeasuresAndSetThresholds() {
        Map<String, Object> variables = Map.of(
                "SIGNPOST_MEASURES_ENABLED_SWEMWBS", "true",
                "SIGNPOST_MEASURES_ENABLED_UCLA3", "false",
                "SIGNPOST_MEASURES_ENABLED_EXAMPLE_ACTIVATION", "true",
                "SIGNPOST_MEASURES_MEANINGFUL_CHANGE_SWEMWBS", "2.87");
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("deployment-environment", variables, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .build()) {
            context.getEnvironment().start();
            MeasureOverrides overrides = new ConfiguredMeasureOverrides(context.getEnvironment(), strings(variables)).overridesFor(IDS);

            assertThat(overrides.enabled()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("swemwbs", "true", "ucla3", "false", "example-activation", "true"));
            assertThat(overrides.meaningfulChange()).containsExactlyEntriesOf(Map.of("swemwbs", "2.87"));
            assertThat(overrides.unrecognisedKeys()).isEmpty();
        }
    }

    @Test
    void aMisspeltEnvironmentVariableOrPropertyIsReported() {
        Map<String, Object> variables = Map.of("SIGNPOST_MEASURES_ENABLED_SWEMBWS", "true");
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("deployment-environment", variables, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .properties(Map.of("signpost.measures.meaningful-change.wembws", "3"))
                .build()) {
            Environment environment = context.getEnvironment().start();

            MeasureOverrides overrides = new ConfiguredMeasureOverrides(environment, strings(variables)).overridesFor(IDS);

            assertThat(overrides.unrecognisedKeys()).contains("SIGNPOST_MEASURES_ENABLED_SWEMBWS",
                    "signpost.measures.meaningful-change.wembws");
        }
    }

    private static Map<String, String> strings(Map<String, Object> variables) {
        Map<String, String> names = new java.util.HashMap<>();
        variables.forEach((k, v) -> names.put(k, String.valueOf(v)));
        return names;
    }
}
