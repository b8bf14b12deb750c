package org.signpost.wellbeing.infrastructure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.signpost.wellbeing.application.MeasureSource;
import org.signpost.wellbeing.model.MeasureDefinition;

/** The real loader, for tests that need the built-in definitions without starting the service. */
public final class MeasureFilesForTests {

    private MeasureFilesForTests() {
    }

    /** The built-in measures as shipped (before any deployment configuration), by id. */
    public static Map<String, MeasureDefinition> builtIn() {
        return new YamlMeasureFiles(new MeasureSettings(null)).load().stream()
                .map(MeasureSource.Sourced::definition)
                .collect(Collectors.toMap(MeasureDefinition::id, m -> m));
    }

    public static MeasureDefinition builtIn(String id) {
        MeasureDefinition measure = builtIn().get(id);
        if (measure == null) {
            throw new IllegalArgumentException("No built-in measure " + id);
        }
        return measure;
    }

    /** Reads one definition from YAML text, as if from a file of that name. */
    public static MeasureDefinition fromYaml(String name, String yaml) {
        return YamlMeasureFiles.read(name, () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).definition();
    }
}
