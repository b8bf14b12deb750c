package org.signpost.directory.application;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.oruk.Rejection;

/**
 * Batches of a bulk load, prepared on their own thread (services generated or read, taxonomy
 * terms resolved, fingerprints taken) while the caller writes the previous batch: the database and
 * the preparation overlap instead of taking turns. At most two batches wait, so memory stays
 * bounded however many services come. Services with unknown terms are left out with a reason.
 */
final class BulkBatches implements AutoCloseable {

    private static final List<ImportedListing> END = List.of();

    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(2);
    private final List<String> rejections = new ArrayList<>();
    private final Thread preparer;
    private volatile int records;
    private boolean ended;

    BulkBatches(Iterator<ImportedService> services, TermResolution terms, int batchSize) {
        preparer = new Thread(() -> prepare(services, terms, batchSize), "bulk-import-prepare");
        preparer.setDaemon(true);
        preparer.start();
    }

    /** The next batch; empty when every service has been handed out. */
    @SuppressWarnings("unchecked")
    List<ImportedListing> next() {
        if (ended) {
            return END;
        }
        Object item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next bulk batch", e);
        }
        if (item instanceof RuntimeException failure) {
            ended = true;
            throw failure;
        }
        List<ImportedListing> batch = (List<ImportedListing>) item;
        ended = batch.isEmpty();
        return batch;
    }

    /** Services read so far (all of them once {@link #next()} returned empty). */
    int records() {
        return records;
    }

    /** Why services were left out, in input order (complete once {@link #next()} returned empty). */
    List<String> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    private void prepare(Iterator<ImportedService> services, TermResolution terms, int batchSize) {
        try {
            List<ImportedListing> batch = new ArrayList<>(batchSize);
            int count = 0;
            while (services.hasNext()) {
                ImportedService service = services.next();
                count++;
                records = count;
                TermResolution.Result resolved = terms.resolve(service.taxonomyTerms());
                if (!resolved.resolved()) {
                    synchronized (rejections) {
                        rejections.add(new Rejection(count, String.valueOf(service.sourceId()), resolved.violations()).message());
                    }
                    continue;
                }
                batch.add(ListingFingerprint.of(service, resolved.terms()));
                if (batch.size() >= batchSize) {
                    put(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object item) throws InterruptedException {
        while (!ready.offer(item, 1, TimeUnit.SECONDS)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /** Stops preparing (when the writer failed half-way). */
    @Override
    public void close() {
        preparer.interrupt();
    }
}
