package org.signpost.dev;

import java.nio.file.Path;
import java.util.Map;
import org.signpost.embedded.EmbeddedStack;
import org.signpost.platform.config.DevServers;

/**
 * Dev mode's servers: the embedded stack from search-indexer's test-jar. Registered through
 * {@code META-INF/services}, so only the dev/test classpath (the README Run command, the tests,
 * the benchmarks) has it; the production artifact does not.
 */
public final class EmbeddedDevServers implements DevServers {

    @Override
    public Map<String, Object> start(Path dataDir, boolean database, boolean elasticsearch) {
        return EmbeddedStack.start(dataDir, database, elasticsearch, "768m", false).properties();
    }
}
