package org.signpost.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.signpost.embedded.EmbeddedStack;
import org.signpost.embedded.FreePorts;

/**
 * Referral create and transition latency at a fixed number of concurrent clients.
 *
 * <p>Starts the embedded MariaDB and Elasticsearch, runs Signpost in its own JVM against them
 * (as a deployment would), seeds a scheme, a group with a service and residents straight into the
 * database, then drives the API over loopback with {@code java.net.http}: every phase runs a
 * bounded number of requests through exactly {@code bench.clients} client threads. Not a test:
 * run it with {@code ./mvnw -q -DskipTests -Pbench package exec:exec} (see BENCHMARKS.md).
 */
public final class ReferralBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where to write one JFR recording of the server per measured phase (bench.jfr); none when blank. */
    private static final String JFR_DIR = System.getProperty("bench.jfr", "").trim();
    private static Costs costs;
    private static long serverPid;
    private static int jfrCount;

    private ReferralBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        int count = Integer.getInteger("bench.count", 2000);
        int warmup = Integer.getInteger("bench.warmup", 300);
        Path data = Files.createTempDirectory("signpost-bench");
        System.out.println("load before: " + MachineLoad.now());
        try (EmbeddedStack stack = EmbeddedStack.start(data, true, true, "512m", true)) {
            Map<String, Object> props = stack.properties();
            int port = FreePorts.find();
            Process server = startServer(props, port, data.resolve("server.log"));
            serverPid = server.pid();
            try {
                Api api = new Api(port);
                api.awaitHealthy(Duration.ofMinutes(3));
                BenchSeed.Seeded seed = BenchSeed.seed(String.valueOf(props.get("datasources.default.url")),
                        String.valueOf(props.get("datasources.default.username")),
                        String.valueOf(props.getOrDefault("datasources.default.password", "")), warmup + count);
                String lw = api.login(seed.linkWorker());
                String ge = api.login(seed.groupEditor());
                System.out.printf("server pid %d on 127.0.0.1:%d; %d clients; warm-up %d, measured %d%n", server.pid(), port, clients,
                        warmup, count);
                costs = new Costs(String.valueOf(props.get("datasources.default.url")),
                        String.valueOf(props.get("datasources.default.username")),
                        String.valueOf(props.getOrDefault("datasources.default.password", "")), server.pid(), data);
                System.out.printf("mariadbd pid %d, elasticsearch pid %d%n", costs.mariaDbPid(), costs.elasticsearchPid());
                flow(api, lw, ge, seed, seed.residents().subList(0, warmup), clients, false);
                System.out.println("load at start of measured run: " + MachineLoad.now());
                String sqlLog = System.getProperty("bench.sql-log", "").trim();
                if (!sqlLog.isEmpty()) {
                    costs.generalLog(Path.of(sqlLog).toAbsolutePath().toString());
                }
                List<Latencies> results = flow(api, lw, ge, seed, seed.residents().subList(warmup, warmup + count), clients, true);
                if (!sqlLog.isEmpty()) {
                    costs.generalLog(null);
                }
                System.out.println();
                System.out.println(Latencies.header());
                results.forEach(r -> System.out.println(r.summary()));
                System.out.println();
                System.out.println("Cost per request (CPU ms of each process per request, from /proc/<pid>/stat; statements per request"
                        + " from SHOW GLOBAL STATUS: Questions, Com_select, Com_insert, Com_update, Com_commit+Com_rollback,"
                        + " Com_set_option, Com_stmt_prepare+Com_stmt_execute, Com_admin_commands (pings), Innodb_data_fsyncs)");
                System.out.println(Latencies.costHeader());
                results.forEach(r -> System.out.println(r.costSummary()));
                System.out.println();
                System.out.println("load after: " + MachineLoad.now());
            } finally {
                if (costs != null) {
                    costs.close();
                }
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    /** The warm-up pass's results (not measured, no costs, no recordings). */
    private static final List<Latencies> WARM_UP = new ArrayList<>();

    /** The referral story for each resident, phase by phase, each phase at full concurrency. */
    private static List<Latencies> flow(Api api, String lw, String ge, BenchSeed.Seeded seed, List<UUID> residents, int clients,
            boolean report) throws InterruptedException {
        List<Latencies> out = report ? new ArrayList<>() : WARM_UP;
        List<JsonNode> episodes = phase(out, "episode create (referral in)", residents, clients, resident -> api.post(lw,
                "/episodes", Map.of("resident_id", resident.toString(), "source", "gp_practice", "reason", "Benchmark referral",
                        "needs", List.of("sp-loneliness", "sp-physical-activity"), "urgency", "routine", "consented_to_referral", true)));
        List<JsonNode> accepted = phase(out, "episode accept (coded)", episodes, clients, e -> api.post(lw,
                "/episodes/" + e.get("id").asText() + "/transitions", Map.of("to", "accepted", "version", e.get("version").asLong())));
        List<JsonNode> drafts = phase(out, "onward referral create", accepted, clients, e -> api.post(lw,
                "/episodes/" + e.get("id").asText() + "/referrals", Map.of("service_id", seed.serviceId().toString(),
                        "need", "sp-physical-activity", "shared_information", "Benchmark")));
        Latencies all = new Latencies("onward transition (all four)", drafts.size() * 4);
        List<JsonNode> sent = phase(out, "onward transition: send", drafts, clients, r -> move(api, lw, r, "sent"), all);
        List<JsonNode> taken = phase(out, "onward transition: accept", sent, clients, r -> move(api, ge, r, "accepted"), all);
        List<JsonNode> came = phase(out, "onward transition: attended", taken, clients, r -> move(api, ge, r, "attended"), all);
        phase(out, "onward transition: complete", came, clients, r -> api.post(ge, "/referrals/" + r.get("id").asText() + "/transitions",
                Map.of("to", "completed", "version", r.get("version").asLong(), "outcome", "need_met"), "REFERRAL_MANAGEMENT"), all);
        out.add(all);
        return report ? out : List.of();
    }

    /** Runs {@code jcmd <server pid> ...} (JFR recordings of one phase) and waits for it. */
    private static void jcmd(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(serverPid)));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                System.err.println("jcmd " + String.join(" ", args) + ": " + output);
            }
        } catch (IOException e) {
            System.err.println("jcmd: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode move(Api api, String token, JsonNode referral, String to) {
        String purpose = to.equals("sent") ? "DIRECT_CARE" : "REFERRAL_MANAGEMENT";
        return api.post(token, "/referrals/" + referral.get("id").asText() + "/transitions",
                Map.of("to", to, "version", referral.get("version").asLong()), purpose);
    }

    private static <T> List<JsonNode> phase(List<Latencies> out, String name, List<T> items, int clients, Function<T, JsonNode> op,
            Latencies... also) throws InterruptedException {
        Latencies latencies = new Latencies(name, items.size());
        JsonNode[] results = new JsonNode[items.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        boolean measured = out != WARM_UP;
        if (measured && !JFR_DIR.isEmpty()) {
            jcmd("JFR.start", "name=phase", "settings=profile");
        }
        Costs.Snapshot before = measured && costs != null ? costs.snapshot() : null;
        latencies.start();
        for (Latencies l : also) {
            l.startOnce();
        }
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    JsonNode result = null;
                    try {
                        result = op.apply(items.get(i));
                    } catch (RuntimeException e) {
                        System.err.println(name + ": " + e.getMessage());
                    }
                    long elapsed = System.nanoTime() - start;
                    latencies.record(elapsed, result != null);
                    for (Latencies l : also) {
                        l.record(elapsed, result != null);
                    }
                    results[i] = result;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        latencies.end();
        for (Latencies l : also) {
            l.end();
        }
        if (before != null) {
            Costs.Cost cost = Costs.between(before, costs.snapshot());
            latencies.addCost(cost);
            for (Latencies l : also) {
                l.addCost(cost);
            }
        }
        if (measured && !JFR_DIR.isEmpty()) {
            jcmd("JFR.stop", "name=phase", "filename=" + Path.of(JFR_DIR, (++jfrCount) + "-" + name.replaceAll("[^a-z]+", "-") + ".jfr")
                    .toAbsolutePath());
        }
        out.add(latencies);
        List<JsonNode> ok = new ArrayList<>();
        for (JsonNode r : results) {
            if (r != null) {
                ok.add(r);
            }
        }
        return ok;
    }

    private static Process startServer(Map<String, Object> props, int port, Path log) throws IOException {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        String extra = System.getProperty("bench.server-args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        byte[] pseudonymSecret = new byte[48];
        new SecureRandom().nextBytes(pseudonymSecret);
        command.addAll(List.of("-Dmicronaut.server.port=" + port, "-Dsignpost.jwt.secret=" + Base64.getEncoder().encodeToString(secret),
                "-Dsignpost.evaluation.pseudonym-secret=" + Base64.getEncoder().encodeToString(pseudonymSecret),
                "-cp", System.getProperty("java.class.path"), "org.signpost.Application"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }


    /** The API on loopback, JSON in and out. */
    private static final class Api {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        Api(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        void awaitHealthy(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("Signpost did not become healthy within " + limit);
        }

        String login(String username) {
            return post(null, "/login", Map.of("username", username, "password", BenchSeed.PASSWORD)).get("access_token").asText();
        }

        JsonNode post(String token, String path, Map<String, Object> body) {
            return post(token, path, body, "DIRECT_CARE");
        }

        JsonNode post(String token, String path, Map<String, Object> body, String purpose) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("X-Purpose-Of-Use", purpose)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException(path + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
