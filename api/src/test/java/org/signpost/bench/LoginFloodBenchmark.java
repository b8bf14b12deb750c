package org.signpost.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.signpost.embedded.EmbeddedStack;
import org.signpost.embedded.FreePorts;

/**
 * What a flood of wrong passwords does to everyone else: p50/p95/p99 of anonymous
 * {@code GET /oruk/services} from a few readers, first quiet, then while {@code bench.clients}
 * threads post wrong passwords to {@code /login} as fast as they are answered.
 *
 * <p>Runs the server three times against one embedded MariaDB + Elasticsearch (Rotherham seed
 * directory loaded): "unbounded" with the throttle and the password-check bound configured out
 * (what Signpost did before they existed: bcrypt for every attempt, as many at once as threads),
 * "shipped" with the defaults (the flood comes from one address), and "many addresses" with the
 * per-address limit configured out, so only the bound on concurrent password checks protects.
 * Not a test: {@code ./mvnw -q -DskipTests -Pbench package exec:exec -Dbench.main=org.signpost.bench.LoginFloodBenchmark}
 * (options {@code -Dbench.clients=32 -Dbench.seconds=30}); see BENCHMARKS.md, "Login flood".
 */
public final class LoginFloodBenchmark {

    private static final int READERS = 2;

    private LoginFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int flooders = Integer.getInteger("bench.clients", 32);
        int seconds = Integer.getInteger("bench.seconds", 30);
        Path data = Files.createTempDirectory("signpost-login-flood");
        System.out.println("load before: " + MachineLoad.now());
        Map<String, List<String>> modes = new java.util.LinkedHashMap<>();
        modes.put("unbounded (no throttle, no bound)", List.of("-Dsignpost.auth.throttle.account-attempts=100000000",
                "-Dsignpost.auth.throttle.address-attempts=100000000", "-Dsignpost.auth.throttle.concurrent-password-checks=1000",
                "-Dsignpost.auth.throttle.password-check-wait=PT60S"));
        modes.put("shipped defaults (one address)", List.of());
        modes.put("many addresses (only the bound)", List.of("-Dsignpost.auth.throttle.address-attempts=100000000"));
        List<String> report = new ArrayList<>();
        try (EmbeddedStack stack = EmbeddedStack.start(data, true, true, "512m", true)) {
            for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
                int port = FreePorts.find();
                Process server = startServer(stack.properties(), mode.getValue(), port, data.resolve("server-" + port + ".log"));
                try {
                    Client client = new Client(port);
                    client.awaitHealthy(Duration.ofMinutes(5));
                    client.awaitServices(Duration.ofMinutes(5));
                    run(client, READERS, 0, 10); // warm-up
                    Phase quiet = run(client, READERS, 0, seconds);
                    Phase flood = run(client, READERS, flooders, seconds);
                    String line = String.format("%-34s | quiet p50 %5.0f p95 %5.0f p99 %5.0f ms (%d reads) | flood p50 %5.0f p95 %5.0f p99 %5.0f ms"
                            + " (%d reads) | logins %s, %.0f/s", mode.getKey(), quiet.p(50), quiet.p(95), quiet.p(99), quiet.reads(),
                            flood.p(50), flood.p(95), flood.p(99), flood.reads(), flood.statuses(), flood.loginsPerSecond());
                    System.out.println(line);
                    report.add(line);
                } finally {
                    server.destroy();
                    if (!server.waitFor(30, TimeUnit.SECONDS)) {
                        server.destroyForcibly();
                    }
                }
            }
        }
        System.out.println();
        System.out.printf("GET /oruk/services by %d readers; /login flood by %d threads (wrong passwords, new usernames); %d s each%n",
                READERS, flooders, seconds);
        report.forEach(System.out::println);
        System.out.println("load after: " + MachineLoad.now());
    }

    private record Phase(long[] nanos, int reads, Map<Integer, Long> statuses, double loginsPerSecond) {
        double p(int percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(percentile / 100.0 * nanos.length) - 1)] / 1e6;
        }
    }

    private static Phase run(Client client, int readers, int flooders, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(readers + flooders);
        for (int i = 0; i < flooders; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    int status = client.wrongLogin();
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            });
        }
        for (int i = 0; i < readers; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    if (client.readServices()) {
                        nanos.add(System.nanoTime() - start);
                    }
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.sum()));
        long logins = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Phase(sorted, sorted.length, counts, logins / (double) seconds);
    }

    private static Process startServer(Map<String, Object> props, List<String> extra, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(extra);
        command.addAll(List.of("-Dmicronaut.server.port=" + port, "-Dsignpost.jwt.secret=" + secret(),
                "-Dsignpost.evaluation.pseudonym-secret=" + secret(), "-Dsignpost.seeds.load=true",
                "-cp", System.getProperty("java.class.path"), "org.signpost.Application"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String secret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }


    /** The API over loopback. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        int wrongLogin() {
            String body = "{\"username\":\"nobody-" + UUID.randomUUID() + "@bench.signpost\",\"password\":\"a wrong guess\"}";
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        boolean readServices() {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/oruk/services?per_page=20")).timeout(Duration.ofSeconds(60))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void awaitHealthy(Duration limit) throws InterruptedException {
            await(limit, "/health", "healthy");
        }

        /** Until the seed directory is in the feed. */
        void awaitServices(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    String body = http.send(HttpRequest.newBuilder(URI.create(base + "/oruk/services?per_page=1")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains("\"total_items\"") && !body.contains("\"total_items\":0")) {
                        return;
                    }
                } catch (IOException e) {
                    // not yet
                }
                Thread.sleep(1000);
            }
            throw new IllegalStateException("No services in /oruk/services within " + limit);
        }

        private void await(Duration limit, String path, String what) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("Signpost did not become " + what + " within " + limit);
        }
    }
}
