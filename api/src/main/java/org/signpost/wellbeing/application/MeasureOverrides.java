package org.signpost.wellbeing.application;

import java.util.List;
import java.util.Map;

/**
 * What the deployment's configuration says about measures, keyed by measure id, values exactly as
 * configured (checked when the catalogue starts): {@code signpost.measures.enabled.<id>} and
 * {@code signpost.measures.meaningful-change.<id>}; and any such key that names no measure.
 */
public record MeasureOverrides(Map<String, String> enabled, Map<String, String> meaningfulChange, List<String> unrecognisedKeys) {

    public MeasureOverrides {
        enabled = Map.copyOf(enabled);
        meaningfulChange = Map.copyOf(meaningfulChange);
        unrecognisedKeys = List.copyOf(unrecognisedKeys);
    }

    public MeasureOverrides(Map<String, String> enabled, Map<String, String> meaningfulChange) {
        this(enabled, meaningfulChange, List.of());
    }

    public static MeasureOverrides none() {
        return new MeasureOverrides(Map.of(), Map.of());
    }
}
