package org.signpost.wellbeing.application;

import java.util.Set;

/** Reads the deployment's per-measure configuration for the measures that exist. */
public interface MeasureOverrideSource {

    MeasureOverrides overridesFor(Set<String> measureIds);
}
