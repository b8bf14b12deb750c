package org.signpost.security.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.signpost.security.infrastructure.SignInRepository;
import org.signpost.security.model.LiveSignIn;
import org.signpost.security.model.SignInEnd;

/**
 * Sign-ins as the database holds them. Every authenticated request asks {@link #admitted} (one
 * primary-key read, no cache), so ending a sign-in, disabling a user or changing their roles
 * applies from their next request, on every replica.
 */
@Singleton
public class SignIns {

    private final SignInRepository signIns;
    private final TransactionOperations<Connection> transactions;
    private final AuthSettings settings;
    private final Clock clock;

    SignIns(SignInRepository signIns, TransactionOperations<Connection> transactions, AuthSettings settings, Clock clock) {
        this.signIns = signIns;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a sign-in in the caller's transaction; it ends for good after the configured lifetime. */
    UUID start(UUID user) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        signIns.start(id, user, now, now.plus(settings.signInLifetime()));
        return id;
    }

    /** The sign-in and its user as they are now, when the token's sign-in may still be used. */
    public Optional<LiveSignIn> admitted(UUID signInId, UUID tokenUserId) {
        Instant now = clock.instant();
        return transactions.executeRead(status -> signIns.live(signInId)).filter(live -> live.admits(tokenUserId, now));
    }

    Optional<LiveSignIn> live(UUID signInId) {
        return transactions.executeRead(status -> signIns.live(signInId));
    }

    public void signOut(UUID signInId) {
        transactions.executeWrite(status -> signIns.end(signInId, SignInEnd.SIGNED_OUT, clock.instant()));
    }

    public void signOutEverywhere(UUID user) {
        transactions.executeWrite(status -> signIns.endAll(user, SignInEnd.SIGNED_OUT_EVERYWHERE, clock.instant()));
    }

    /** In the caller's transaction: ends every sign-in of the user. */
    void endAll(UUID user, SignInEnd reason) {
        signIns.endAll(user, reason, clock.instant());
    }

    void end(UUID signInId, SignInEnd reason) {
        transactions.executeWrite(status -> signIns.end(signInId, reason, clock.instant()));
    }
}
