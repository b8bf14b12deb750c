package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.signpost.indexer.IndexerLease;
import org.signpost.indexer.IndexerSettings;

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
            assertThat(first.acquire()).isTrue();
            assertThat(second.acquire()).isFalse();

            clock.advance(Duration.ofSeconds(5));
            assertThat(first.acquire()).as("the holder renews").isTrue();
            clock.advance(Duration.ofSeconds(9));
            assertThat(second.acquire()).as("renewed 9 s ago: still held").isFalse();

            // the first instance dies: nobody renews
            clock.advance(Duration.ofSeconds(2));
            assertThat(second.acquire()).as("expired: taken over").isTrue();
            assertThat(first.acquire()).as("the old holder, back, does not get it").isFalse();
        } finally {
            // whatever failed above, the lease is not left held (a day ahead) for the tests after this one
            second.release();
            first.release();
        }
    }

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
