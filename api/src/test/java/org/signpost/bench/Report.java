package org.signpost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.signpost.indexer.RebuildProgress;

/** The benchmark's findings as Markdown, with the machine's load average next to every measurement. */
final class Report {

    private final StringBuilder md = new StringBuilder();
    private final Instant started = Instant.now();
    private final Path file;

    /** The report is rewritten to {@code directory} after every step, so an interrupted run keeps what it measured. */
    Report(long services, List<Integer> clients, Duration measure, Duration warmUp, Path directory) {
        file = directory.resolve("search-" + started.toEpochMilli() + ".md");
        md.append("## Search benchmark, ").append(DateTimeFormatter.ISO_INSTANT.format(started)).append("\n\n");
        md.append("- services: ").append(services).append("; clients: ").append(clients).append("; measured ")
                .append(measure.toSeconds()).append(" s per cell after ").append(warmUp.toSeconds()).append(" s warm-up\n");
        md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
                .append(System.getProperty("java.version")).append(", load average at start ").append(loadAverage()).append("\n");
        md.append("- API and load generator in one JVM; Elasticsearch (1 GB heap) and MariaDB on the same machine\n\n");
    }

    void step(String what) {
        System.out.println("[benchmark] " + what + " (load " + loadAverage() + ")");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            System.out.println("[benchmark] could not write " + file + ": " + e);
        }
    }

    void loaded(long services, double seconds, String how, String rows) {
        md.append("Loaded ").append(services).append(" services into MariaDB in ").append(f1(seconds)).append(" s (")
                .append(Math.round(services / seconds)).append(" services/s, ").append(how).append("): ").append(rows)
                .append("; load average ").append(loadAverage()).append(".\n\n");
        step("loaded: " + rows);
    }

    void rebuilt(RebuildProgress progress) {
        md.append("### Full rebuild\n\n| services | documents | seconds | docs/s | load average after |\n|---|---|---|---|---|\n")
                .append("| ").append(progress.services()).append(" | ").append(progress.documents()).append(" | ")
                .append(f1(progress.elapsedMillis() / 1000.0)).append(" | ").append(progress.documentsPerSecond()).append(" | ")
                .append(loadAverage()).append(" |\n\n");
        md.append("### Latency (ms) and throughput (requests/s): API vs the same query sent straight to Elasticsearch\n\n")
                .append("| request | clients | API p50 | API p95 | API p99 | API req/s | raw p50 | raw p95 | raw p99 | raw req/s |")
                .append(" p95 API/raw | errors | load avg |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    }

    void cell(String scenario, int clients, RunLatencies api, RunLatencies raw, String load) {
        md.append("| ").append(scenario).append(" | ").append(clients).append(" | ")
                .append(f1(api.percentileMillis(50))).append(" | ").append(f1(api.percentileMillis(95))).append(" | ")
                .append(f1(api.percentileMillis(99))).append(" | ").append(f1(api.throughput())).append(" | ")
                .append(f1(raw.percentileMillis(50))).append(" | ").append(f1(raw.percentileMillis(95))).append(" | ")
                .append(f1(raw.percentileMillis(99))).append(" | ").append(f1(raw.throughput())).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", api.percentileMillis(95) / raw.percentileMillis(95))).append(" | ")
                .append(api.errors() + raw.errors()).append(" | ").append(load).append(" |\n");
        step(scenario + " x" + clients + ": API p95 " + f1(api.percentileMillis(95)) + " ms, raw p95 "
                + f1(raw.percentileMillis(95)) + " ms");
    }

    void freshness(RunLatencies latencies, int inFlight) {
        md.append("\n### Freshness: edit committed -> found by the resident search API\n\n")
                .append("| edits | in flight | p50 ms | p95 ms | p99 ms | max ms | timed out (30 s) | load avg |\n|---|---|---|---|---|---|---|---|\n")
                .append("| ").append(latencies.count()).append(" | ").append(inFlight).append(" | ")
                .append(f1(latencies.percentileMillis(50))).append(" | ").append(f1(latencies.percentileMillis(95))).append(" | ")
                .append(f1(latencies.percentileMillis(99))).append(" | ").append(f1(latencies.percentileMillis(100))).append(" | ")
                .append(latencies.errors()).append(" | ").append(loadAverage()).append(" |\n");
    }

    String markdown() {
        return md.toString();
    }

    Path file() {
        step("done");
        return file;
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
