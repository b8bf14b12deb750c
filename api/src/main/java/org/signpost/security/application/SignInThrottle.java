package org.signpost.security.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;

/**
 * Token buckets per account and per client address (Bucket4j), kept in bounded caches (Caffeine) so
 * that a flood of made-up names or addresses cannot grow memory. One replica's view: with several
 * replicas behind a balancer each keeps its own buckets, so the limits are per replica.
 */
@Singleton
public class SignInThrottle {

    private static final String TOO_MANY = "Too many sign-in attempts; try again later";

    private final SignInThrottleSettings settings;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> refreshes;

    SignInThrottle(SignInThrottleSettings settings) {
        this.settings = settings;
        this.accounts = cache(settings.accountPeriod());
        this.addresses = cache(settings.addressPeriod());
        this.refreshes = cache(settings.addressPeriod());
    }

    /** Takes one attempt from the address and one from the account, or refuses with how long to wait. */
    public Attempt attemptSignIn(String username, String clientAddress) {
        Bucket address = addresses.get(clientAddress, key -> bucket(settings.addressAttempts(), settings.addressPeriod()));
        take(address);
        Bucket account = accounts.get(username.trim().toLowerCase(Locale.ROOT),
                key -> bucket(settings.accountAttempts(), settings.accountPeriod()));
        try {
            take(account);
        } catch (TooManyAttemptsException refused) {
            address.addTokens(1);
            throw refused;
        }
        return new Attempt(address, account);
    }

    /** Takes one refresh from the address, or refuses. */
    public void attemptRefresh(String clientAddress) {
        take(refreshes.get(clientAddress, key -> bucket(settings.refreshAttempts(), settings.addressPeriod())));
    }

    private static void take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyAttemptsException(TOO_MANY, Duration.ofNanos(probe.getNanosToWaitForRefill()), false);
        }
    }

    private Cache<String, Bucket> cache(Duration idle) {
        return Caffeine.newBuilder().maximumSize(settings.trackedKeys()).expireAfterAccess(idle).build();
    }

    private static Bucket bucket(int attempts, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build()).build();
    }

    /** One attempt taken; a successful sign-in gives it back, so only failures count against the limits. */
    public record Attempt(Bucket address, Bucket account) {
        public void succeeded() {
            address.addTokens(1);
            account.addTokens(1);
        }
    }
}
