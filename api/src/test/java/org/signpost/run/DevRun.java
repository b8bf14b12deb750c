package org.signpost.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.embedded.FreePorts;

/** Signpost started in its own JVM as the README Run command starts it (or with other choices), for tests that kill it. */
final class DevRun {

    static final String DEMO_PASSWORD = "demo password for the crash test";

    final Process process;
    final int port;
    final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DevRun(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The Run command's JVM: dev mode, embedded servers with their data under {@code data}. */
    static DevRun dev(Path data, Path log) throws IOException {
        return start(log, List.of("-Dmicronaut.environments=dev", "-Dsignpost.embedded.data=" + data,
                "-Dsignpost.seeds.load=false", "-Dsignpost.demo.password=" + DEMO_PASSWORD), Map.of());
    }

    static DevRun start(Path log, List<String> options, Map<String, String> env) throws IOException {
        int port = FreePorts.find();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "-Dsignpost.embedded.home=" + System.getProperty("signpost.embedded.home"),
                "-Dsignpost.embedded.elasticsearch.version=" + System.getProperty("signpost.embedded.elasticsearch.version"),
                "-Dmicronaut.server.port=" + port));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.signpost.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        for (String name : List.of("DATASOURCES_DEFAULT_URL", "SIGNPOST_ELASTICSEARCH_URL", "SIGNPOST_DEV", "MICRONAUT_ENVIRONMENTS",
                "SIGNPOST_JWT_SECRET", "SIGNPOST_EVALUATION_PSEUDONYM_SECRET")) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(env);
        return new DevRun(builder.start(), port, log);
    }

    /** Waits until /health answers 200; fails with the end of the log if the JVM exits or time runs out. */
    DevRun awaitUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Signpost exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (send("GET", "/health", null, null).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Signpost not up after " + timeout + ":\n" + tail());
    }

    HttpResponse<String> send(String method, String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in; returns the access token, or null when refused. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (response.statusCode() != 200) {
            return null;
        }
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        return token.find() ? token.group(1) : null;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
