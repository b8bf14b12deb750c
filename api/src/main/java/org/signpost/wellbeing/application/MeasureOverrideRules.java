package org.signpost.wellbeing.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeSet;
import org.signpost.wellbeing.model.MeasureDefinition;

/**
 * Applies the deployment's overrides to the loaded measures: switching each on or off, and its
 * meaningful-change threshold. An override naming no measure, or with a value that is not
 * {@code true}/{@code false} or not a positive number, is refused (a typo must not silently leave a
 * measure off).
 */
final class MeasureOverrideRules {

    private MeasureOverrideRules() {
    }

    static void apply(Map<String, MeasureDefinition> measures, MeasureOverrides overrides) {
        if (!overrides.unrecognisedKeys().isEmpty()) {
            throw new MeasureConfigurationException(String.join(", ", overrides.unrecognisedKeys())
                    + (overrides.unrecognisedKeys().size() == 1 ? " names" : " name") + " no measure; the measures are "
                    + new TreeSet<>(measures.keySet()));
        }
        overrides.enabled().forEach((id, value) -> {
            MeasureDefinition measure = measure(measures, "signpost.measures.enabled." + id, id);
            String flag = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                throw new MeasureConfigurationException("signpost.measures.enabled." + id + " must be true or false, not '" + value + "'");
            }
            measures.put(id, measure.withEnabled(Boolean.parseBoolean(flag)));
        });
        overrides.meaningfulChange().forEach((id, value) -> {
            String key = "signpost.measures.meaningful-change." + id;
            MeasureDefinition measure = measure(measures, key, id);
            BigDecimal threshold;
            try {
                threshold = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw new MeasureConfigurationException(key + " must be a number, not '" + value + "'");
            }
            if (threshold.signum() <= 0) {
                throw new MeasureConfigurationException(key + " must be more than 0, not " + value);
            }
            measures.put(id, measure.withMeaningfulChange(threshold));
        });
    }

    private static MeasureDefinition measure(Map<String, MeasureDefinition> measures, String key, String id) {
        MeasureDefinition measure = measures.get(id);
        if (measure == null) {
            throw new MeasureConfigurationException(key + " names no measure; the measures are " + new TreeSet<>(measures.keySet()));
        }
        return measure;
    }
}
