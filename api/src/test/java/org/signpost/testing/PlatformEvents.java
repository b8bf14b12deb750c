package org.signpost.testing;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;

/** Platform events put on the outbox as the application does (in a committed transaction), for the dispatcher to carry. */
@Singleton
public class PlatformEvents {

    private final EventOutbox outbox;
    private final TransactionOperations<Connection> transactions;

    PlatformEvents(EventOutbox outbox, TransactionOperations<Connection> transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** Publishes it now; its event id. */
    public UUID publish(PlatformEvent event) {
        return transactions.executeWrite(status -> outbox.publish(event, Instant.now()));
    }

    /** A {@code listing.review-due} about a new listing of the organisation. */
    public static PlatformEvent.ListingReviewDue reviewDue(UUID organisation) {
        return new PlatformEvent.ListingReviewDue(UUID.randomUUID(), organisation, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    }
}
