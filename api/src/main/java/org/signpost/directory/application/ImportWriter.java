package org.signpost.directory.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores imported listings (batched JDBC); called inside the caller's transaction. */
public interface ImportWriter {

    /**
     * How to write a batch.
     *
     * @param source   the feed's source name (upsert key with each record's id)
     * @param verified publish new listings as verified (and verify existing drafts)
     * @param actor    who imports (null: the system)
     * @param now      the time written on every row
     * @param history  write a service_history row per new or changed listing
     * @param outbox   write a search_outbox row per new or changed listing
     * @param bulk     a bulk load of listings known to be sound: foreign keys are not checked row by row
     *                 (as mysqldump loads), the writer's order of rows keeps every reference valid
     */
    record Options(String source, boolean verified, UUID actor, Instant now, boolean history, boolean outbox, boolean bulk) {
    }

    record Counts(int inserted, int updated, int unchanged) {

        public Counts plus(Counts other) {
            return new Counts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
        }
    }

    /** Upserts the batch: unchanged listings (same fingerprint, verification as asked) are not touched. */
    Counts write(List<ImportedListing> batch, Options options);

    /** Remembers a finished run. */
    void recordRun(ImportReport report, boolean verified, UUID actor, Instant startedAt, Instant finishedAt);

    /** Whether an import from this source ever finished. */
    boolean everImported(String source);
}
