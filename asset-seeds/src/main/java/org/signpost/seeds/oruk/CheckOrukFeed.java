package org.signpost.seeds.oruk;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.signpost.seeds.model.ImportedService;

/**
 * A dry run of an import: reads ORUK feeds with {@link OrukFeedReader}, prints every rejection and warning
 * and the counts, writes nothing. Exit status 1 when a feed is malformed.
 *
 * <pre>java -cp ... org.signpost.seeds.oruk.CheckOrukFeed FEED.json [FEED.json ...]</pre>
 */
public final class CheckOrukFeed {

    private CheckOrukFeed() {
    }

    public static void main(String[] args) throws IOException {
        OrukFeedReader reader = new OrukFeedReader();
        int status = 0;
        for (String arg : args) {
            Path file = Path.of(arg);
            List<String> lines = new ArrayList<>();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (InputStream in = Files.newInputStream(file)) {
                FeedSummary summary = reader.read(in, new FeedListener() {
                    @Override
                    public void accepted(ImportedService service) {
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        lines.add("  rejected " + rejection.message());
                    }

                    @Override
                    public void warned(FeedWarning warning) {
                        lines.add("  warning  " + warning.message());
                    }
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.out.println(String.format(Locale.ROOT, "%s: %d records, %d accepted, %d rejected, %d warnings"
                                + " (%.2f s wall, %.2f s CPU)", file, summary.records(), summary.accepted(),
                        summary.rejected(), summary.warnings(), seconds, cpu));
                lines.forEach(System.out::println);
            } catch (MalformedFeedException e) {
                System.out.println(file + ": not an ORUK services document: " + e.getMessage());
                status = 1;
            }
        }
        System.exit(status);
    }
}
