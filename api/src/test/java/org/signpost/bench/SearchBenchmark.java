package org.signpost.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.signpost.Application;
import org.signpost.directory.application.DirectoryCalendar;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.ImportSettings;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.directory.application.OrukImport;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.embedded.EmbeddedStack;
import org.signpost.embedded.FreePorts;
import org.signpost.indexer.IndexerRunner;
import org.signpost.indexer.RebuildProgress;
import org.signpost.indexer.ServiceIndex;
import org.signpost.search.application.PostcodeLocator;
import org.signpost.search.application.QueryContext;
import org.signpost.search.application.SearchSettings;
import org.signpost.search.infrastructure.ListingRequests;
import org.signpost.search.model.Audience;
import org.signpost.search.model.SearchParameterRules;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.synthetic.NeedTermCodes;
import org.signpost.seeds.synthetic.SyntheticDirectory;

/**
 * The search benchmark (see BENCHMARKS.md): N synthetic services in a fresh embedded MariaDB and
 * Elasticsearch, a timed full rebuild, then API and raw-Elasticsearch latency and throughput for
 * three kinds of request at several client counts, then freshness of edits. Prints a Markdown
 * report and writes it under {@code target/benchmarks/}. Not a test: run it through the
 * {@code benchmarks} Maven profile.
 *
 * <p>System properties: {@code benchmark.services} (100000), {@code benchmark.clients} (1,4,16),
 * {@code benchmark.seconds} measured per cell (20), {@code benchmark.warmup} seconds (5),
 * {@code benchmark.edits} (1000), {@code benchmark.edits-in-flight} (8), {@code benchmark.scenario-warmup}
 * seconds of 4-client load on each path before a request kind is measured (30), {@code benchmark.rebuild-only}
 * (false: true stops after the load and the rebuild, for the 1M-service rebuild rate), {@code benchmark.latency} (true: false
 * skips the latency runs, for the freshness figure alone), {@code benchmark.hold}
 * minutes (0: more keeps the loaded stack up after the rebuild, writes every request of the mix to
 * {@code target/benchmarks/calls-*.jsonl} and prints the API and Elasticsearch addresses, for trying
 * query shapes by hand with the profile API; it ends early when {@code target/benchmarks/stop} appears).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long services = Long.getLong("benchmark.services", 100_000);
        List<Integer> clients = java.util.Arrays.stream(System.getProperty("benchmark.clients", "1,4,16").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Duration measure = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 5));
        int edits = Integer.getInteger("benchmark.edits", 1_000);
        int inFlight = Integer.getInteger("benchmark.edits-in-flight", 8);
        Duration scenarioWarmUp = Duration.ofSeconds(Long.getLong("benchmark.scenario-warmup", 30));
        Report report = new Report(services, clients, measure, warmUp, Path.of("target", "benchmarks"));

        Path data = Path.of(System.getProperty("signpost.embedded.data", "target/benchmark-data")).resolve("run-" + Instant.now().toEpochMilli());
        try (EmbeddedStack stack = EmbeddedStack.start(data, true, true, System.getProperty("benchmark.es-heap", "1g"), true);
             ApplicationContext app = start(stack)) {
            URI api = URI.create("http://127.0.0.1:" + app.getBean(EmbeddedServer.class).getPort());
            URI es = URI.create(String.valueOf(stack.properties().get("signpost.elasticsearch.url")));
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(app.getBean(DataSource.class));

            report.step("loading " + services + " synthetic services");
            long loadStart = System.nanoTime();
            String how = load(app, services);
            report.loaded(services, (System.nanoTime() - loadStart) / 1e9, how, rowCounts(dataSource));

            report.step("full rebuild");
            RebuildProgress rebuild = app.getBean(IndexerRunner.class).rebuild();
            report.rebuilt(rebuild);

            if (Boolean.getBoolean("benchmark.rebuild-only")) {
                System.out.println(report.markdown());
                System.out.println("Written to " + report.file().toAbsolutePath());
                System.exit(0);
            }
            // identical requests are replayed to the API and to Elasticsearch: without the shard request cache
            // (which would answer repeated size-0 requests, clusters and suggestions, from memory) both pay full price
            String readAlias = app.getBean(ServiceIndex.class).readAlias();
            app.getBean(ElasticsearchClient.class).indices().putSettings(p -> p.index(readAlias)
                    .settings(settings -> settings.otherSettings("index.requests.cache.enable", co.elastic.clients.json.JsonData.of(false))));
            QueryMix mix = mix(app, api, es);
            LoadRunner runner = new LoadRunner();
            Map<String, List<QueryMix.Pair>> scenarios = new java.util.LinkedHashMap<>();
            scenarios.put("text + point radius + filters", mix.textNearPoint(500, 1));
            scenarios.put("viewport + clusters (zoom 9)", mix.viewportClusters(500, 2));
            scenarios.put("suggest", mix.suggest(500, 3));
            long hold = Long.getLong("benchmark.hold", 0);
            if (hold > 0) {
                hold(scenarios, api, es, Duration.ofMinutes(hold));
                System.exit(0);
            }
            boolean latency = Boolean.parseBoolean(System.getProperty("benchmark.latency", "true"));
            for (var scenario : latency ? scenarios.entrySet() : Map.<String, List<QueryMix.Pair>>of().entrySet()) {
                List<LoadRunner.Call> apiCalls = scenario.getValue().stream().map(QueryMix.Pair::api).toList();
                List<LoadRunner.Call> rawCalls = scenario.getValue().stream().map(QueryMix.Pair::raw).toList();
                check(runner, apiCalls.get(0), scenario.getKey() + " (API)");
                check(runner, rawCalls.get(0), scenario.getKey() + " (raw)");
                // JIT and caches warm on both paths before anything is measured
                report.step(scenario.getKey() + ": warming up for " + scenarioWarmUp.toSeconds() + " s each way");
                runner.run(apiCalls, 4, Duration.ZERO, scenarioWarmUp);
                runner.run(rawCalls, 4, Duration.ZERO, scenarioWarmUp);
                for (int c : clients) {
                    report.step(scenario.getKey() + ", " + c + " clients");
                    String load = Report.loadAverage();
                    RunLatencies viaApi = runner.run(apiCalls, c, warmUp, measure);
                    RunLatencies raw = runner.run(rawCalls, c, warmUp, measure);
                    report.cell(scenario.getKey(), c, viaApi, raw, load);
                }
            }

            report.step("freshness over " + edits + " edits, " + inFlight + " in flight");
            List<String> ids = visibleServices(dataSource, app.getBean(ResidentVisibility.class), app.getBean(DirectoryCalendar.class), edits);
            RunLatencies freshness = new FreshnessProbe(dataSource, runner, api).run(ids, inFlight);
            report.freshness(freshness, inFlight);
        }
        System.out.println(report.markdown());
        System.out.println("Written to " + report.file().toAbsolutePath());
        System.exit(0);
    }

    /** Keeps the loaded stack up for trying query shapes by hand (see {@code benchmark.hold}). */
    private static void hold(Map<String, List<QueryMix.Pair>> scenarios, URI api, URI es, Duration hold) throws Exception {
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        var json = new ObjectMapper();
        int n = 0;
        for (var scenario : scenarios.entrySet()) {
            Path file = dir.resolve("calls-" + ++n + ".jsonl");
            List<String> lines = new ArrayList<>();
            for (QueryMix.Pair pair : scenario.getValue()) {
                lines.add(json.writeValueAsString(Map.of("scenario", scenario.getKey(), "api", pair.api().uri().toString(),
                        "raw", pair.raw().uri().toString(), "body", pair.raw().body())));
            }
            Files.write(file, lines);
            System.out.println(scenario.getKey() + ": " + file.toAbsolutePath());
        }
        Path stop = dir.resolve("stop");
        Files.deleteIfExists(stop);
        System.out.println("Holding for " + hold.toMinutes() + " min (or until " + stop.toAbsolutePath() + " exists): API " + api
                + ", Elasticsearch " + es);
        long until = System.nanoTime() + hold.toNanos();
        while (System.nanoTime() < until && !Files.exists(stop)) {
            Thread.sleep(1_000);
        }
    }

    private static ApplicationContext start(EmbeddedStack stack) {
        Map<String, Object> properties = new HashMap<>(stack.properties());
        properties.put("micronaut.server.port", FreePorts.find());
        properties.put("signpost.jwt.secret", secret());
        properties.put("signpost.evaluation.pseudonym-secret", secret());
        properties.put("signpost.indexer.enabled", "true");
        properties.put("datasources.default.maximum-pool-size", 40);
        // the hourly review sweep would start two minutes in and mark (and outbox) thousands of synthetic listings
        // as due for review while the rebuild and the latency runs are measured: not what is measured here
        properties.put("signpost.directory.review-job.enabled", "false");
        return Micronaut.build(new String[0]).mainClass(Application.class).properties(properties).start();
    }

    /** The product's bulk path, as {@code ImportCli --synthetic} runs it: verified, no history, no outbox rows. */
    private static String load(ApplicationContext app, long services) throws Exception {
        List<String> codes;
        try (InputStream in = SearchBenchmark.class.getResourceAsStream(NeedTermCodes.SEED_TAXONOMY)) {
            codes = NeedTermCodes.read(in);
        }
        // assurance dates relative to today, so most listings are current for residents
        SyntheticDirectory directory = new SyntheticDirectory(Outcodes.loadDefault(), codes, 42, LocalDate.now());
        ImportReport report = app.getBean(OrukImport.class).importServices(directory.iterator(services),
                new OrukImport.Options("synthetic", true, null, false, false, false));
        if (report.inserted() != services) {
            throw new IllegalStateException("The synthetic load inserted " + report.inserted() + " of " + services + ": "
                    + report.rejections());
        }
        return "OrukImport.importServices, batches of " + app.getBean(ImportSettings.class).bulkBatchSize();
    }

    private static QueryMix mix(ApplicationContext app, URI api, URI es) {
        SearchSettings settings = app.getBean(SearchSettings.class);
        NeedsCatalogue needs = app.getBean(NeedsCatalogue.class);
        PostcodeLocator postcodes = app.getBean(PostcodeLocator.class);
        ZonedDateTime now = ZonedDateTime.now(app.getBean(DirectoryCalendar.class).zone());
        QueryContext context = new QueryContext(Audience.RESIDENT, now,
                app.getBean(ResidentVisibility.class).criteria(now.toLocalDate()));
        return new QueryMix(api, es, app.getBean(ServiceIndex.class).readAlias(), app.getBean(ListingRequests.class),
                app.getBean(ElasticsearchClient.class)._jsonpMapper(), settings.limits(),
                SearchParameterRules.Lookups.of(needs::known, postcodes::looksLikePostcode, postcodes::centre), context,
                SyntheticDirectory.englishOutcodes(Outcodes.loadDefault()));
    }

    private static void check(LoadRunner runner, LoadRunner.Call call, String what) {
        if (!runner.send(call)) {
            throw new IllegalStateException("The first request of " + what + " failed: " + call.uri());
        }
    }

    /** Services residents can see, in random order. */
    private static List<String> visibleServices(DataSource dataSource, ResidentVisibility visibility, DirectoryCalendar calendar,
            int count) throws Exception {
        List<String> ids = new ArrayList<>();
        // two days' margin, so none goes stale during the run
        ResidentVisibility.SqlFilter shown = new ResidentVisibility.Criteria(ResidentVisibility.Viewer.PUBLIC,
                visibility.oldestVisibleAssuredDate(calendar.today()).plusDays(2)).sql("s");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT s.id FROM service s WHERE " + shown.where()
                     + " AND EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.service_id = s.id) ORDER BY RAND(7) LIMIT ?")) {
            int p = 1;
            for (Object parameter : shown.parameters()) {
                select.setObject(p++, parameter);
            }
            select.setInt(p, count);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static String rowCounts(DataSource dataSource) throws Exception {
        StringBuilder counts = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String table : List.of("organisation", "service", "location", "service_at_location", "schedule", "service_taxonomy_term")) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.append(counts.isEmpty() ? "" : ", ").append(table).append(' ').append(rs.getLong(1));
                }
            }
        }
        return counts.toString();
    }

    private static String secret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

}
