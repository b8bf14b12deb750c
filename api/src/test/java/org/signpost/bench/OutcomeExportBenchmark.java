package org.signpost.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.mysql.cj.jdbc.MysqlDataSource;
import org.signpost.embedded.EmbeddedStack;
import org.signpost.evaluation.application.ExportStreamProbe;
import org.signpost.evaluation.infrastructure.ExportQueryProbe;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.embedded.FreePorts;

/**
 * The person-level outcome export at scale: bulk-loads {@code bench.outcome-rows} outcome_score
 * rows (ONS4: four scores per record, five records per consented resident), runs Signpost in its
 * own JVM with {@code -Xmx256m} and a GC log, streams GET /evaluation/exports/outcomes as CSV over
 * loopback, counts the lines, and reports wall time, the server's peak heap (largest heap
 * occupancy before a collection in its GC log) and the load average. Not a test: run with
 * {@code ./mvnw -q -DskipTests -Pbench package exec:exec -Dbench.main=org.signpost.bench.OutcomeExportBenchmark}.
 */
public final class OutcomeExportBenchmark {

    private static final String PASSWORD = "benchmark password 2026";
    private static final String[] ITEMS = {"life_satisfaction", "worthwhile", "happy", "anxious"};

    private OutcomeExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.outcome-rows", 1_000_000);
        String heap = System.getProperty("bench.server-heap", "256m");
        Path data = Files.createTempDirectory("signpost-export-bench");
        try (EmbeddedStack stack = EmbeddedStack.start(data, true, true, "512m", true)) {
            Map<String, Object> props = stack.properties();
            int port = FreePorts.find();
            Path gcLog = data.resolve("gc.log");
            Process server = startServer(props, port, data.resolve("server.log"), heap, gcLog);
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String base = "http://127.0.0.1:" + port;
                awaitHealthy(http, base);
                String url = String.valueOf(props.get("datasources.default.url"));
                String user = String.valueOf(props.get("datasources.default.username"));
                String password = String.valueOf(props.getOrDefault("datasources.default.password", ""));
                long loadStart = System.nanoTime();
                String evaluator = seed(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true", user, password, rows);
                System.out.printf("loaded %,d outcome_score rows in %.1f s%n", rows, (System.nanoTime() - loadStart) / 1e9);
                if (Boolean.parseBoolean(System.getProperty("bench.breakdown", "true"))) {
                    breakdown(url, user, password);
                }
                String token = login(http, base, evaluator);
                for (int run = 1; run <= 2; run++) {
                    System.out.println("load before run " + run + ": " + MachineLoad.now());
                    long start = System.nanoTime();
                    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/evaluation/exports/outcomes?format=csv"))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    long lines = 0;
                    long bytes = 0;
                    try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            lines++;
                            bytes += line.length() + 1;
                        }
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("run %d: status %d, %,d data rows, %.1f MB, %.1f s (%,.0f rows/s); load after: %s%n", run,
                            response.statusCode(), lines - 1, bytes / 1e6, seconds, (lines - 1) / seconds, MachineLoad.now());
                }
                System.out.printf("server alive after the exports: %s; server -Xmx%s; peak heap used (GC log, before a collection): %s%n",
                        server.isAlive(), heap, peakHeap(gcLog));
            } finally {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    /** An evaluator, a scheme and link worker, consented residents with episodes and ONS4 records. Answers the evaluator's username. */
    private static String seed(String url, String user, String password, int scoreRows) throws SQLException {
        int records = (scoreRows + ITEMS.length - 1) / ITEMS.length;
        int perResident = 5;
        int residents = (records + perResident - 1) / perResident;
        Random random = new Random(1);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            String hash = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
            String scheme = UUID.randomUUID().toString();
            String linkWorker = UUID.randomUUID().toString();
            String evaluator = "bench-evaluator-" + scheme.substring(0, 8) + "@bench.signpost";
            exec(c, "INSERT INTO user_account (id, username, password_hash, roles, organisation_id, enabled, created_at) VALUES (?, ?, ?,"
                    + " 'LINK_WORKER', NULL, TRUE, ?)", linkWorker, "bench-lw-" + scheme.substring(0, 8) + "@bench.signpost", hash, now);
            exec(c, "INSERT INTO user_account (id, username, password_hash, roles, organisation_id, enabled, created_at) VALUES (?, ?, ?,"
                    + " 'EVALUATOR', NULL, TRUE, ?)", UUID.randomUUID().toString(), evaluator, hash, now);
            exec(c, "INSERT INTO scheme (id, name, created_at) VALUES (?, ?, ?)", scheme, "Benchmark PCN " + scheme.substring(0, 8), now);
            c.commit();
            Batch resident = new Batch(c, "INSERT INTO resident (id, scheme_id, given_name, family_name, date_of_birth, sex, postcode,"
                    + " contact_method, gp_practice_ods_code, match_key, version, created_at, updated_at) VALUES", 13);
            Batch consent = new Batch(c, "INSERT INTO resident_consent (id, resident_id, kind, recorded_by, recorded_at) VALUES", 5);
            Batch episode = new Batch(c, "INSERT INTO episode (id, resident_id, scheme_id, source, reason, urgency, status, received_on,"
                    + " accepted_at, assigned_to, version, created_by, created_at, updated_at) VALUES", 14);
            Batch need = new Batch(c, "INSERT INTO episode_need (episode_id, need_code, position) VALUES", 3);
            Batch record = new Batch(c, "INSERT INTO outcome_record (id, episode_id, measure_id, measure_version, timepoint, follow_up_weeks,"
                    + " completed_on, answers, completed_by, recorded_by, recorded_at) VALUES", 11);
            Batch score = new Batch(c, "INSERT INTO outcome_score (record_id, score_key, value, band) VALUES", 4);
            String[] sexes = {"female", "male", "female", "not_known"};
            String[] practices = {"C87001", "C87002", "C87003", "C87004", "C87005", "C87006", "C87007", "C87008"};
            String[] sources = {"gp_practice", "council", "vcfse", "self_referral"};
            int written = 0;
            for (int r = 0; r < residents && written < scoreRows; r++) {
                String id = UUID.randomUUID().toString();
                LocalDate dob = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
                resident.add(id, scheme, "Synthetic", "Person" + r, java.sql.Date.valueOf(dob), sexes[r % sexes.length],
                        "S" + (60 + r % 20) + " " + (1 + r % 9) + "AB", "phone", practices[r % practices.length], "synthetic" + r, 1, now, now);
                consent.add(UUID.randomUUID().toString(), id, "pseudonymised_evaluation", linkWorker, now);
                String ep = UUID.randomUUID().toString();
                LocalDate started = LocalDate.of(2025, 1, 1).plusDays(r % 300);
                episode.add(ep, id, scheme, sources[r % sources.length], "Synthetic referral", "routine", "accepted",
                        java.sql.Date.valueOf(started), Timestamp.valueOf(started.atTime(9, 0)), linkWorker, 1, linkWorker, now, now);
                need.add(ep, "sp-loneliness", 0);
                for (int k = 0; k < perResident && written < scoreRows; k++) {
                    String rec = UUID.randomUUID().toString();
                    record.add(rec, ep, "ons4", "1", k == 0 ? "baseline" : "follow_up", k == 0 ? null : 6 * k,
                            java.sql.Date.valueOf(started.plusWeeks(6L * k)), "{\"life_satisfaction\": 5, \"worthwhile\": 6, \"happy\": 5,"
                                    + " \"anxious\": 4}", "link_worker", linkWorker, now);
                    for (String item : ITEMS) {
                        if (written++ < scoreRows) {
                            score.add(rec, item, random.nextInt(11), "Medium");
                        }
                    }
                }
                if (r % 250 == 249) {
                    flushAll(c, resident, consent, episode, need, record, score);
                }
            }
            flushAll(c, resident, consent, episode, need, record, score);
            return evaluator;
        }
    }

    /**
     * Where an export's time goes, in this JVM without HTTP: the plan, the population count, the
     * streamed query alone, then the same rows turned into facts, pseudonymised, and encoded as CSV.
     */
    private static void breakdown(String url, String user, String password) throws Exception {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : sqls()) {
                System.out.println("EXPLAIN " + sql);
                try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder("  ");
                        for (int i = 1; i <= n; i++) {
                            line.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i)).append(' ');
                        }
                        System.out.println(line);
                    }
                }
            }
            long start = System.nanoTime();
            try (ResultSet rs = st.executeQuery(ExportQueryProbe.peopleSql())) {
                rs.next();
                System.out.printf("breakdown: population count %,d people in %.1f s%n", rs.getLong(1), (System.nanoTime() - start) / 1e9);
            }
        }
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        PseudonymousKey keys = new PseudonymousKey(secret);
        OutcomeFacts facts = ExportQueryProbe.facts(dataSource);
        List<String> variants = sqls();
        for (int v = 0; v < variants.size(); v++) {
            if (variants.get(v).startsWith("SELECT COUNT")) {
                continue;
            }
            long start = System.nanoTime();
            long n = drain(dataSource, variants.get(v));
            System.out.printf("breakdown: query variant %d: %,d rows in %.1f s; load %s%n", v, n, (System.nanoTime() - start) / 1e9, MachineLoad.now());
        }
        for (String phase : List.of("query", "facts", "pseudonymised", "csv")) {
            long start = System.nanoTime();
            long n = 0;
            if (phase.equals("query")) {
                n = drain(dataSource, ExportQueryProbe.exportSql());
            } else if (phase.equals("facts")) {
                try (OutcomeFacts.Cursor cursor = facts.open(new EvaluationFilters(null, null, null, null, null, null))) {
                    while (cursor.next() != null) {
                        n++;
                    }
                }
            } else if (phase.equals("pseudonymised")) {
                try (OutcomeFacts.Cursor cursor = facts.open(new EvaluationFilters(null, null, null, null, null, null))) {
                    ExportStreamProbe.Rows rows = ExportStreamProbe.rows(cursor, keys);
                    while (rows.next() != null) {
                        n++;
                    }
                }
            } else {
                try (InputStream csv = ExportStreamProbe.csv(facts.open(new EvaluationFilters(null, null, null, null, null, null)), keys)) {
                    byte[] chunk = new byte[1 << 16];
                    for (int read = csv.read(chunk); read >= 0; read = csv.read(chunk)) {
                        n += read;
                    }
                }
            }
            System.out.printf("breakdown: %-13s %,d %s in %.1f s; load %s%n", phase, n, phase.equals("csv") ? "bytes" : "rows",
                    (System.nanoTime() - start) / 1e9, MachineLoad.now());
        }
    }

    /** The export's and the count's SQL, then any candidates to compare (files named by bench.extra-sql, comma separated). */
    private static List<String> sqls() throws IOException {
        List<String> out = new ArrayList<>(List.of(ExportQueryProbe.exportSql(), ExportQueryProbe.peopleSql()));
        for (String file : System.getProperty("bench.extra-sql", "").split(",")) {
            if (!file.isBlank()) {
                out.add(Files.readString(Path.of(file.trim())).trim());
            }
        }
        return out;
    }

    private static void flushAll(Connection c, Batch... batches) throws SQLException {
        for (Batch b : batches) {
            b.flush();
        }
        c.commit();
    }

    /** Multi-row INSERTs: rows gathered, then written as one statement (parents before children: see flushAll). */
    private static final class Batch {
        private final Connection c;
        private final String prefix;
        private final String tuple;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(Connection c, String prefix, int columns) {
            this.c = c;
            this.prefix = prefix;
            this.tuple = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        }

        void add(Object... values) throws SQLException {
            rows.add(values);
        }

        void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder(prefix);
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? " " : ", ").append(tuple);
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int index = 1;
                for (Object[] row : rows) {
                    for (Object value : row) {
                        ps.setObject(index++, value);
                    }
                }
                ps.executeUpdate();
            }
            rows.clear();
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String login(HttpClient http, String base, String username) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return m.group(1);
    }

    private static void awaitHealthy(HttpClient http, String base) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Signpost did not become healthy");
    }

    private static Process startServer(Map<String, Object> props, int port, Path log, String heap, Path gcLog) throws IOException {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog));
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-Dmicronaut.server.port=" + port, "-Dsignpost.jwt.secret=" + Base64.getEncoder().encodeToString(secret),
                "-Dsignpost.evaluation.pseudonym-secret=" + Base64.getEncoder().encodeToString(secret) + "x",
                "-cp", System.getProperty("java.class.path"), "org.signpost.Application"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The largest heap occupancy before any collection in a -Xlog:gc log ("Pause ... 180M->40M(256M)"). */
    static String peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak + " MB";
    }



    /** Streams every row of {@code sql} and reads each column as text, as the export does; returns the row count. */
    private static long drain(MysqlDataSource dataSource, String sql) throws SQLException {
        long n = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    n++;
                }
            }
        }
        return n;
    }
}
