package org.signpost.wellbeing.application;

import java.util.Map;

/**
 * What the deployment's configuration says about measures, keyed by measure id, exactly as
 * configured (checked when the catalogue starts): {@code signpost.measures.enabled.<id>} and
 * {@code signpost.measures.meaningful-change.<id>}.
 */
public record MeasureOverrides(Map<String, String> enabled, Map<String, String> meaningfulChange) {

    public MeasureOverrides {
        enabled = Map.copyOf(enabled);
        meaningfulChange = Map.copyOf(meaningfulChange);
    }

    public static MeasureOverrides none() {
        return new MeasureOverrides(Map.of(), Map.of());
    }
}
