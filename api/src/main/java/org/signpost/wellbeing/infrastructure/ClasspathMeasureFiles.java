package org.signpost.wellbeing.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the YAML files directly inside a classpath folder, whether the folder is a directory
 * (running from an IDE or the build) or inside a jar (running from the packaged service).
 */
final class ClasspathMeasureFiles {

    private ClasspathMeasureFiles() {
    }

    /** One file found: its classpath path (for messages) and where it really is. */
    record Resource(String name, URL url) {

        InputStream open() throws IOException {
            var connection = url.openConnection();
            connection.setUseCaches(false);
            return connection.getInputStream();
        }
    }

    static List<Resource> list(ClassLoader loader, String folder) {
        List<Resource> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                switch (url.getProtocol()) {
                    case "file" -> fromDirectory(Path.of(url.toURI()), folder, found);
                    case "jar" -> fromJar((JarURLConnection) url.openConnection(), folder, found);
                    default -> throw new IllegalStateException("Cannot list measure definitions at " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the classpath folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparing(Resource::name));
        return found;
    }

    private static void fromDirectory(Path dir, String folder, List<Resource> found) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (YamlMeasureFiles.isYaml(name)) {
                    found.add(new Resource(folder + "/" + name, file.toUri().toURL()));
                }
            }
        }
    }

    private static void fromJar(JarURLConnection connection, String folder, List<Resource> found) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            String prefix = folder + "/";
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0
                        && YamlMeasureFiles.isYaml(name)) {
                    found.add(new Resource(name, URI.create("jar:" + connection.getJarFileURL() + "!/" + name).toURL()));
                }
            }
        }
    }
}
