package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.oruk.FeedListener;
import org.signpost.seeds.oruk.FeedWarning;
import org.signpost.seeds.oruk.MalformedFeedException;
import org.signpost.seeds.oruk.OrukFeedReader;
import org.signpost.seeds.oruk.Rejection;

/**
 * Imports an Open Referral UK {@code /services} document from a named source. The document is read
 * twice: first every record is checked ({@link OrukFeedReader}, then its taxonomy terms) and
 * nothing is written; a document that is not an ORUK services document stops here. Then the accepted
 * records are written in batches, upserting by source + record id (see {@link ImportWriter}): an
 * unchanged record writes nothing, a new or changed one gets a new version, a history row and a
 * search outbox row in the same transaction as its rows.
 *
 * <p>Listing ids are derived from source and record id ({@code UUID.nameUUIDFromBytes("source:id")}),
 * never the feed's own id: two sources may publish the same id, and our ids must not depend on
 * whether a record arrived before or after another.
 */
@Singleton
public class OrukImport {

    /** The document, which can be opened more than once (it is read twice). */
    @FunctionalInterface
    public interface FeedSource {
        InputStream open() throws IOException;
    }

    /**
     * @param oneTransaction all batches in one transaction (false: one per batch, for bulk loads)
     * @param history        write history rows (bulk loads may skip them)
     * @param outbox         write search outbox rows (bulk loads may skip them and rebuild the index)
     */
    public record Options(String source, boolean verified, UUID actor, boolean oneTransaction, boolean history,
            boolean outbox) {

        public static Options standard(String source, boolean verified, UUID actor) {
            return new Options(source, verified, actor, true, true, true);
        }
    }

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final ImportWriter writer;
    private final TaxonomyReader taxonomy;
    private final TransactionOperations<?> transactions;
    private final Clock clock;
    private final ImportSettings settings;
    private final OrukFeedReader reader = new OrukFeedReader();

    OrukImport(ImportWriter writer, TaxonomyReader taxonomy, TransactionOperations<?> transactions, Clock clock,
            ImportSettings settings) {
        this.writer = writer;
        this.taxonomy = taxonomy;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** Checks the whole document, then writes what passed. */
    public ImportReport importFeed(FeedSource feed, Options options) {
        checkSource(options.source());
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        TermResolution terms = new TermResolution(taxonomy.current());
        FeedCheck check = new FeedCheck(options.source(), terms);
        read(feed, check);
        List<ImportedListing> pending = new ArrayList<>();
        ImportWriter.Counts[] counts = {new ImportWriter.Counts(0, 0, 0)};
        Runnable writeAll = () -> read(feed, new FeedListener() {
            @Override
            public void accepted(ImportedService service) {
                TermResolution.Result resolved = terms.resolve(service.taxonomyTerms());
                if (!resolved.resolved()) {
                    return; // rejected in the first pass
                }
                pending.add(ListingFingerprint.of(service, resolved.terms()));
                if (pending.size() >= settings.batchSize()) {
                    counts[0] = counts[0].plus(flush(pending, options, !options.oneTransaction()));
                }
            }
        });
        if (options.oneTransaction()) {
            transactions.executeWrite(status -> {
                writeAll.run();
                counts[0] = counts[0].plus(flush(pending, options, false));
                return null;
            });
        } else {
            writeAll.run();
            counts[0] = counts[0].plus(flush(pending, options, true));
        }
        return finish(options, check.records(), counts[0], check.rejections(), check.warnings(), started, startedAt);
    }

    /**
     * Writes services that are already known to be sound (the synthetic generator's), in batches of
     * {@link ImportSettings#bulkBatchSize()}, one transaction each, without foreign-key checks (the
     * writer orders the rows so that every reference holds). The next batch is prepared (generated,
     * terms resolved, fingerprinted) on another thread while this one is written.
     */
    public ImportReport importServices(Iterator<ImportedService> services, Options options) {
        checkSource(options.source());
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        BulkBatches batches = new BulkBatches(services, new TermResolution(taxonomy.current()), settings.bulkBatchSize());
        ImportWriter.Counts counts = new ImportWriter.Counts(0, 0, 0);
        try (batches) {
            for (List<ImportedListing> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
                counts = counts.plus(flush(batch, options, true, true));
            }
        }
        return finish(options, batches.records(), counts, batches.rejections(), List.of(), started, startedAt);
    }

    /** Whether an import from this source ever finished (the seed loader asks). */
    public boolean everImported(String source) {
        return transactions.executeRead(status -> writer.everImported(source));
    }

    private ImportWriter.Counts flush(List<ImportedListing> pending, Options options, boolean ownTransaction) {
        return flush(pending, options, ownTransaction, false);
    }

    private ImportWriter.Counts flush(List<ImportedListing> pending, Options options, boolean ownTransaction, boolean bulk) {
        if (pending.isEmpty()) {
            return new ImportWriter.Counts(0, 0, 0);
        }
        List<ImportedListing> batch = List.copyOf(pending);
        pending.clear();
        ImportWriter.Options write = new ImportWriter.Options(options.source(), options.verified(), options.actor(),
                clock.instant(), options.history(), options.outbox(), bulk);
        return ownTransaction ? transactions.executeWrite(status -> writer.write(batch, write)) : writer.write(batch, write);
    }

    private ImportReport finish(Options options, int records, ImportWriter.Counts counts, List<String> rejections,
            List<String> warnings, long started, Instant startedAt) {
        ImportReport report = new ImportReport(options.source(), records, counts.inserted(), counts.updated(),
                counts.unchanged(), rejections, warnings, (System.nanoTime() - started) / 1_000_000);
        transactions.executeWrite(status -> {
            writer.recordRun(report, options.verified(), options.actor(), startedAt, clock.instant());
            return null;
        });
        return report;
    }

    private void read(FeedSource feed, FeedListener listener) {
        try (InputStream in = feed.open()) {
            reader.read(in, listener);
        } catch (MalformedFeedException e) {
            throw new InvalidInputException("file", "not an Open Referral UK services document: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkSource(String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new InvalidInputException("source", "must be 1-60 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
    }

    /** The first pass: counts, rejections (the reader's and unknown terms) and warnings, in feed order. */
    private static final class FeedCheck implements FeedListener {
        private final String source;
        private final TermResolution terms;
        private final List<String> rejections = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<FeedWarning> current = new ArrayList<>();
        private int records;

        FeedCheck(String source, TermResolution terms) {
            this.source = source;
            this.terms = terms;
        }

        @Override
        public void accepted(ImportedService service) {
            records++;
            TermResolution.Result resolved = terms.resolve(service.taxonomyTerms());
            if (resolved.resolved()) {
                current.forEach(w -> warnings.add(message(w)));
            } else {
                rejections.add(new Rejection(records, service.sourceId().toString(), resolved.violations()).message());
            }
            current.clear();
        }

        @Override
        public void rejected(Rejection rejection) {
            records++;
            current.clear();
            rejections.add(rejection.message());
        }

        @Override
        public void warned(FeedWarning warning) {
            current.add(warning);
        }

        private String message(FeedWarning w) {
            if (w.field().equals("organization")) {
                return new FeedWarning(w.position(), w.recordId(), w.field(), w.detail()
                        + "; listed under the organisation '" + UnattributedOrganisation.name(source) + "'").message();
            }
            return w.message();
        }

        int records() {
            return records;
        }

        List<String> rejections() {
            return rejections;
        }

        List<String> warnings() {
            return warnings;
        }
    }
}
