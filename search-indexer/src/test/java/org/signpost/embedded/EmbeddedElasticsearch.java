package org.signpost.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch 8 from the Maven Central distribution
 * ({@code org.elasticsearch.distribution.integ-test-zip}), unpacked by the build into
 * {@code target/embedded}. Security is off and it listens on loopback only: for dev and tests.
 *
 * <p>Elasticsearch refuses to run as root; when this process is root the node runs as the
 * unprivileged system user {@value #ES_USER}, from a copy of the distribution and a data
 * directory under {@code /var/tmp/signpost-es} that the user owns (a checkout under
 * {@code /root} is not readable by another user).
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    static final String ES_USER = "signpost-es";
    private static final Path ROOT_BASE = Path.of("/var/tmp/signpost-es");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int httpPort;
    private final Path instance;
    private final boolean ephemeral;

    private EmbeddedElasticsearch(Process process, int httpPort, Path instance, boolean ephemeral) {
        this.process = process;
        this.httpPort = httpPort;
        this.instance = instance;
        this.ephemeral = ephemeral;
    }

    /**
     * Starts a node.
     *
     * @param distribution the unpacked distribution (contains {@code bin/elasticsearch})
     * @param instanceDir where this node keeps config, data and logs (kept between starts)
     * @param heap the JVM heap, e.g. {@code 512m}
     * @param ephemeral delete the instance's data when it stops (tests)
     */
    public static EmbeddedElasticsearch start(Path distribution, Path instanceDir, String heap, boolean ephemeral) {
        if (!Files.isRegularFile(distribution.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch distribution at " + distribution
                    + ": build through Maven (./mvnw), which unpacks it into target/embedded");
        }
        long started = System.nanoTime();
        boolean root = Processes.runningAsRoot();
        Path home = distribution;
        Path instance = instanceDir.toAbsolutePath();
        if (root) {
            ensureUser();
            home = copyOnce(distribution, ROOT_BASE.resolve(distribution.getFileName()));
            instance = ROOT_BASE.resolve("instance-" + shortHash(instance.toString()));
        }
        try {
            Orphans.stopLeftovers(instance, instance.toString());
            Path config = instance.resolve("config");
            copyTree(distribution.resolve("config"), config);
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(instance.resolve(dir));
            }
            if (root) {
                Processes.run(List.of("chown", "-R", ES_USER + ":", instance.toString()), Duration.ofMinutes(1));
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return launch(home, instance, heap, root, ephemeral, started);
                } catch (PortTakenException e) {
                    // another process took a port between FreePorts.find() and the bind (a busy shared machine)
                    if (attempt == 3) {
                        throw new IllegalStateException(e.getMessage());
                    }
                    LOG.warn("Elasticsearch could not bind its port; trying other ports");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Elasticsearch did not start", e);
        }
    }

    private static final class PortTakenException extends RuntimeException {
        PortTakenException(String message) {
            super(message);
        }
    }

    private static EmbeddedElasticsearch launch(Path home, Path instance, String heap, boolean root, boolean ephemeral,
            long started) throws IOException {
        {
            Path config = instance.resolve("config");
            int httpPort = FreePorts.find();
            int transportPort = FreePorts.find();
            // its own process group, so that a watchdog can end the launcher, the CLI and the server together
            List<String> command = new ArrayList<>(List.of("setsid"));
            if (root) {
                command.addAll(List.of("runuser", "-u", ES_USER, "--"));
            }
            command.addAll(List.of("env",
                    "ES_JAVA_HOME=" + System.getProperty("java.home"),
                    "ES_PATH_CONF=" + config,
                    "ES_TMPDIR=" + instance.resolve("tmp"),
                    "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
                    home.resolve("bin/elasticsearch").toString(),
                    "-E", "discovery.type=single-node",
                    "-E", "xpack.security.enabled=false",
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + httpPort,
                    "-E", "transport.port=" + transportPort,
                    "-E", "path.data=" + instance.resolve("data"),
                    "-E", "path.logs=" + instance.resolve("logs"),
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                    "-E", "action.destructive_requires_name=false"));
            Path console = instance.resolve("console.log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile())
                    .start();
            Orphans.watch(process.toHandle(), true);
            EmbeddedElasticsearch node = new EmbeddedElasticsearch(process, httpPort, instance, ephemeral);
            node.awaitReady(console);
            Orphans.record(instance, java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()),
                    process.descendants()).toList());
            LOG.info("Embedded Elasticsearch ready on port {} in {} ms", httpPort,
                    (System.nanoTime() - started) / 1_000_000);
            return node;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    private void awaitReady(Path console) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // GET / is absent from this distribution: cluster health is the readiness signal
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String out = tail(console);
                if (out.contains("BindException") || out.contains("Address already in use")) {
                    throw new PortTakenException("Elasticsearch could not bind its port:\n" + out);
                }
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue()
                        + " during start-up:\n" + tail(console));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while Elasticsearch was starting", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Elasticsearch not ready after " + START_TIMEOUT + ":\n" + tail(console));
    }

    @Override
    public void close() {
        Processes.stopTree(process, Duration.ofSeconds(30));
        if (ephemeral) {
            try {
                deleteTree(instance);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", instance, e.getMessage());
            }
        }
    }

    private static void ensureUser() {
        if (Processes.run(List.of("id", "-u", ES_USER), Duration.ofSeconds(10)) == 0) {
            return;
        }
        // a concurrent run may create it first: only the outcome matters
        Processes.run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", ES_USER),
                Duration.ofSeconds(30));
        if (Processes.run(List.of("id", "-u", ES_USER), Duration.ofSeconds(10)) != 0) {
            throw new IllegalStateException("Running as root, and the unprivileged user " + ES_USER
                    + " that Elasticsearch needs could not be created (useradd)");
        }
    }

    /** Copies the distribution to a place the unprivileged user can read, once per version. */
    private static Path copyOnce(Path source, Path target) {
        Path done = target.resolve(".signpost-copied");
        if (Files.exists(done)) {
            return target;
        }
        try {
            Path partial = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
            copyTree(source, partial);
            Files.createFile(partial.resolve(".signpost-copied"));
            Processes.run(List.of("chown", "-R", ES_USER + ":", partial.toString()), Duration.ofMinutes(2));
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(done)) {
                    throw raced;
                }
                deleteTree(partial);
            }
            Processes.run(List.of("chmod", "755", ROOT_BASE.toString()), Duration.ofSeconds(10));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy Elasticsearch to " + target, e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
