package org.signpost.wellbeing.application;

import java.util.List;
import org.signpost.wellbeing.model.MeasureDefinition;

/** Where measure definitions come from (files on the classpath and in the deployment's directory). */
public interface MeasureSource {

    /** Every definition, each with where it came from; refuses (throws) when any cannot be read. */
    List<Sourced> load();

    /** A definition and the file it was read from, for messages. */
    record Sourced(String source, MeasureDefinition definition) {
    }
}
