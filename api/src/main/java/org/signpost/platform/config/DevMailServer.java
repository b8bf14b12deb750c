package org.signpost.platform.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Dev mode's mail server: a real SMTP server in this process that keeps what it is sent where a person can read it.
 * Like {@link DevServers}, found only on the dev and test classpath (the README Run command); never in production.
 */
public interface DevMailServer {

    /** Starts it with what it receives kept under {@code dataDir}; stops when this JVM ends. */
    Started start(Path dataDir);

    /** The properties that point Signpost's mail at it, and the lines that tell a person where to read the mail. */
    record Started(Map<String, Object> properties, List<String> whereToRead) {
    }

    static Optional<DevMailServer> find() {
        return ServiceLoader.load(DevMailServer.class).findFirst();
    }
}
