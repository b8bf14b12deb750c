package org.signpost.directory;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;
import org.signpost.platform.config.DevServers;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.synthetic.NeedTermCodes;
import org.signpost.seeds.synthetic.SyntheticDirectory;

/**
 * Imports ORUK feeds, or N synthetic services, into the configured database (DATASOURCES_DEFAULT_URL,
 * _USERNAME, _PASSWORD), or, when none is configured, into an embedded MariaDB (test classpath only) under
 * {@code -Dsignpost.embedded.data} (default {@code target/import-data}). The search index is not
 * touched: the outbox rows an import writes are indexed when the API runs; after a bulk load
 * without outbox rows, rebuild the index (POST /admin/search/rebuild).
 *
 * <pre>
 * ImportCli --source NAME [--verified] [--batch-commit] FEED.json...
 * ImportCli --synthetic COUNT [--source NAME] [--seed N] [--history] [--outbox]
 * </pre>
 * {@code --batch-commit} commits every batch (signpost.directory.import.batch-size records) instead of
 * the whole feed at once. A synthetic load is a bulk load ({@link OrukImport#importServices}): it commits
 * every signpost.directory.import.bulk-batch-size records, prepares the next batch while one is written,
 * skips per-row foreign-key checks, and by default writes neither history nor outbox rows (a bulk load of
 * generated data has no history worth keeping; one index rebuild is cheaper than N outbox events). The
 * search benchmark loads its services through the same path.
 */
public final class ImportCli {

    private ImportCli() {
    }

    public static void main(String[] args) throws IOException {
        String source = null;
        boolean verified = false;
        boolean batchCommit = false;
        boolean history = false;
        boolean outbox = false;
        long synthetic = -1;
        long seed = 1;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> source = args[++i];
                case "--verified" -> verified = true;
                case "--batch-commit" -> batchCommit = true;
                case "--history" -> history = true;
                case "--outbox" -> outbox = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--synthetic" -> synthetic = Long.parseLong(args[++i].replace("_", ""));
                default -> files.add(Path.of(args[i]));
            }
        }
        if (synthetic < 0 && (source == null || files.isEmpty())) {
            System.err.println("usage: ImportCli --source NAME [--verified] [--batch-commit] FEED.json...\n"
                    + "       ImportCli --synthetic COUNT [--source NAME] [--seed N] [--history] [--outbox]");
            System.exit(2);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("signpost.indexer.enabled", "false");
        // the events an import writes are the running API's to send (it holds the mail settings); this command only writes
        properties.put("signpost.events.dispatcher-enabled", "false");
        properties.putIfAbsent("signpost.jwt.secret", randomSecret());
        properties.putIfAbsent("signpost.evaluation.pseudonym-secret", randomSecret());
        if (blank(System.getenv("DATASOURCES_DEFAULT_URL")) && blank(System.getProperty("datasources.default.url"))) {
            Path data = Path.of(System.getProperty("signpost.embedded.data", "target/import-data"));
            DevServers servers = DevServers.find().orElseThrow(() -> new IllegalStateException(
                    "No DATASOURCES_DEFAULT_URL, and the embedded MariaDB is not on this classpath (it is on the test classpath only)"));
            properties.putAll(servers.start(data, true, false));
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            OrukImport imports = context.getBean(OrukImport.class);
            if (synthetic >= 0) {
                List<String> codes;
                try (InputStream in = ImportCli.class.getResourceAsStream(NeedTermCodes.SEED_TAXONOMY)) {
                    codes = NeedTermCodes.read(in);
                }
                SyntheticDirectory directory = new SyntheticDirectory(Outcodes.loadDefault(), codes, seed);
                OrukImport.Options options = new OrukImport.Options(source == null ? "synthetic" : source, true, null, false,
                        history, outbox);
                print("synthetic " + synthetic, imports.importServices(directory.iterator(synthetic), options));
            }
            for (Path file : files) {
                OrukImport.Options options = new OrukImport.Options(source, verified, null, !batchCommit, true, true);
                print(file.toString(), imports.importFeed(() -> Files.newInputStream(file), options));
            }
        }
        System.exit(0);
    }

    private static void print(String what, ImportReport r) {
        System.out.println(String.format(Locale.ROOT, "%s -> source %s: %d records, %d inserted, %d updated, %d unchanged,"
                        + " %d rejected, %d warnings in %,d ms (%,.0f records/s)", what, r.source(), r.records(), r.inserted(),
                r.updated(), r.unchanged(), r.rejected(), r.warnings().size(), r.elapsedMillis(),
                r.records() * 1000.0 / Math.max(1, r.elapsedMillis())));
        r.rejections().forEach(x -> System.out.println("  rejected " + x));
    }

    private static String randomSecret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
