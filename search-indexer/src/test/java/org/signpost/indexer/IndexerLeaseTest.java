package org.signpost.indexer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Two indexer instances against the real database: one works, the other takes over when it dies. */
@MicronautTest(transactional = false)
class IndexerLeaseTest {

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aSecondInstanceTakesOverOnlyAfterTheFirstStopsRenewing() {
        MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofDays(1)));
        IndexerSettings settings = new IndexerSettings(true, 500, Duration.ofMillis(100), 8, Duration.ofSeconds(10));
        IndexerLease first = new IndexerLease(jdbc, transactions, settings, clock);
        IndexerLease second = new IndexerLease(jdbc, transactions, settings, clock);

        try {
            assertTrue(first.acquire());
            assertFalse(second.acquire());

            clock.advance(Duration.ofSeconds(5));
            assertTrue(first.acquire(), "the holder renews");
            clock.advance(Duration.ofSeconds(9));
            assertFalse(second.acquire(), "renewed 9 s ago: still held");

            // the first instance dies: nobody renews
            clock.advance(Duration.ofSeconds(2));
            assertTrue(second.acquire(), "expired: taken over");
            assertFalse(first.acquire(), "the old holder, back, does not get it");
        } finally {
            // whatever failed above, the lease is not left held (a day ahead) for the tests after this one
            second.release();
            first.release();
        }
    }

    /** A clock a test moves by hand (the lease and the outbox's backoff read the time from it). */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
