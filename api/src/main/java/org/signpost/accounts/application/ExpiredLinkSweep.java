package org.signpost.accounts.application;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import org.signpost.accounts.infrastructure.AccountTokenRepository;

/**
 * Deletes expired links every hour, and with a registration's link what it kept (the address and the password's
 * hash): an address never confirmed leaves nothing behind.
 */
@Singleton
class ExpiredLinkSweep {

    private final AccountTokenRepository tokens;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ExpiredLinkSweep(AccountTokenRepository tokens, TransactionOperations<Connection> transactions, Clock clock) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void sweep() {
        transactions.executeWrite(status -> tokens.deleteExpired(clock.instant()));
    }
}
