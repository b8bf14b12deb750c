package org.signpost.platform.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The embedded MariaDB and Elasticsearch of dev mode. They are not in the production artifact: an
 * implementation is found (through {@link ServiceLoader}) only on the dev and test classpath that
 * the README's Run command and the tests use.
 */
public interface DevServers {

    /**
     * Starts the servers that are not configured, with their data under {@code dataDir} (kept
     * between starts), and stops them when this JVM ends; returns the properties that point the
     * application at them.
     */
    Map<String, Object> start(Path dataDir, boolean database, boolean elasticsearch);

    static Optional<DevServers> find() {
        return ServiceLoader.load(DevServers.class).findFirst();
    }
}
