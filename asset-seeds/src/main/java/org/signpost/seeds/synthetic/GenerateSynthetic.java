package org.signpost.seeds.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.oruk.FeedSummary;
import org.signpost.seeds.oruk.OrukFeedReader;
import org.signpost.seeds.oruk.OrukFeedWriter;

/**
 * Writes N synthetic services as an ORUK JSON array (our seed format) and prints the rate; with
 * {@code --verify} it then reads the file back with {@link OrukFeedReader} and prints that rate too.
 *
 * <pre>
 * java -cp asset-seeds.jar:... org.signpost.seeds.synthetic.GenerateSynthetic COUNT OUTPUT.json
 *     [--seed N] [--taxonomy needs-taxonomy.json] [--verify]
 * </pre>
 * Without {@code --taxonomy} the codes come from {@value NeedTermCodes#SEED_TAXONOMY} on the classpath.
 */
public final class GenerateSynthetic {

    private GenerateSynthetic() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateSynthetic COUNT OUTPUT.json [--seed N] [--taxonomy FILE] [--verify]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0].replace("_", ""));
        Path output = Path.of(args[1]);
        long seed = 1;
        Path taxonomy = null;
        boolean verify = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--taxonomy" -> taxonomy = Path.of(args[++i]);
                case "--verify" -> verify = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SyntheticDirectory directory = new SyntheticDirectory(Outcodes.loadDefault(), termCodes(taxonomy), seed);

        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
             OrukFeedWriter writer = new OrukFeedWriter(out)) {
            for (Iterator<ImportedService> it = directory.iterator(count); it.hasNext(); ) {
                writer.write(it.next());
            }
        }
        report("generated and wrote", count, Files.size(output), System.nanoTime() - start, cpuNanos() - cpuStart, output);

        if (verify) {
            start = System.nanoTime();
            cpuStart = cpuNanos();
            FeedSummary summary;
            try (InputStream in = Files.newInputStream(output)) {
                summary = new OrukFeedReader().read(in, service -> { });
            }
            report("read and checked", summary.records(), Files.size(output), System.nanoTime() - start,
                    cpuNanos() - cpuStart, output);
            System.out.println("  " + summary);
            if (summary.rejected() > 0 || summary.accepted() != count) {
                System.exit(1);
            }
        }
    }

    private static List<String> termCodes(Path taxonomy) throws IOException {
        if (taxonomy != null) {
            try (InputStream in = Files.newInputStream(taxonomy)) {
                return NeedTermCodes.read(in);
            }
        }
        try (InputStream in = GenerateSynthetic.class.getResourceAsStream(NeedTermCodes.SEED_TAXONOMY)) {
            if (in == null) {
                throw new IOException(NeedTermCodes.SEED_TAXONOMY + " is not on the classpath; give --taxonomy FILE");
            }
            return NeedTermCodes.read(in);
        }
    }

    /** CPU time of this thread: on a shared machine it says more than the wall clock. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void report(String what, long records, long bytes, long nanos, long cpuNanos, Path file) {
        double seconds = nanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "%s %,d services in %.2f s wall (%,.0f services/s, %.1f MB/s); %.2f s CPU of the working thread "
                        + "(%,.0f services/s) (%s, %,d MB)",
                what, records, seconds, records / seconds, bytes / 1e6 / seconds, cpuSeconds, records / cpuSeconds,
                file, bytes / 1_000_000));
    }
}
