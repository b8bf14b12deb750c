package org.signpost.seeds.oruk;

import org.signpost.seeds.model.ImportedService;

/**
 * Receives each record of a feed as it is read, in feed order. Warnings are reported only for accepted
 * records (a rejected record's rejection is what matters), and before that record's {@link #accepted}.
 */
public interface FeedListener {

    void accepted(ImportedService service);

    default void rejected(Rejection rejection) {
    }

    default void warned(FeedWarning warning) {
    }
}
