package org.signpost.wellbeing.infrastructure;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signpost.wellbeing.application.MeasureConfigurationException;
import org.signpost.wellbeing.application.MeasureSource;
import org.signpost.wellbeing.model.InvalidMeasureDefinitionException;
import org.signpost.wellbeing.model.MeasureDefinitionReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Measure definitions from YAML files: the built-in ones under {@code measures/} on the classpath,
 * then those in the deployment's directory ({@code signpost.measures.dir}), each file one measure.
 */
@Singleton
class YamlMeasureFiles implements MeasureSource {

    private final MeasureSettings settings;

    YamlMeasureFiles(MeasureSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Sourced> load() {
        List<Sourced> loaded = new ArrayList<>();
        for (ClasspathMeasureFiles.Resource resource : ClasspathMeasureFiles.list(getClass().getClassLoader(), "measures")) {
            loaded.add(read("classpath:" + resource.name(), resource::open));
        }
        if (settings.dir() != null && !settings.dir().isBlank()) {
            for (Path file : deploymentFiles(Path.of(settings.dir()))) {
                loaded.add(read(file.toString(), () -> Files.newInputStream(file)));
            }
        }
        return loaded;
    }

    private static List<Path> deploymentFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new MeasureConfigurationException("signpost.measures.dir names " + dir.toAbsolutePath()
                    + ", which is not a directory");
        }
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> isYaml(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the measures in " + dir, e);
        }
    }

    static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static Sourced read(String source, Opener opener) {
        Object tree;
        try (InputStream in = opener.open()) {
            tree = yaml().load(in);
        } catch (YAMLException e) {
            throw new InvalidMeasureDefinitionException(source, List.of("not valid YAML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the measure definition " + source, e);
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidMeasureDefinitionException(source,
                    List.of(tree == null ? "the file is empty" : "the file must be a mapping of fields (id, name, items...)"));
        }
        return new Sourced(source, MeasureDefinitionReader.read(source, map));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(100);
        return new Yaml(new SafeConstructor(options));
    }

    interface Opener {
        InputStream open() throws IOException;
    }
}
