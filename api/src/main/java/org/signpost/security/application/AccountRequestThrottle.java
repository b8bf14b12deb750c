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
 * Limits the account requests anyone may make without signing in (registering, confirming, resetting, accepting):
 * per client address, with the sign-in throttle's address limits ({@code signpost.auth.throttle.address-*}), and per
 * email address ({@code signpost.accounts.throttle.*}), so nobody can fill a stranger's inbox. Refusals are 429 with
 * Retry-After, like sign-ins. Bucket4j buckets in bounded Caffeine caches; per replica.
 */
@Singleton
public class AccountRequestThrottle {

    private static final String TOO_MANY = "Too many account requests; try again later";

    private final SignInThrottleSettings addressSettings;
    private final AccountThrottleSettings emailSettings;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> emails;

    AccountRequestThrottle(SignInThrottleSettings addressSettings, AccountThrottleSettings emailSettings) {
        this.addressSettings = addressSettings;
        this.emailSettings = emailSettings;
        this.addresses = Caffeine.newBuilder().maximumSize(addressSettings.trackedKeys())
                .expireAfterAccess(addressSettings.addressPeriod()).build();
        this.emails = Caffeine.newBuilder().maximumSize(addressSettings.trackedKeys())
                .expireAfterAccess(emailSettings.emailPeriod()).build();
    }

    /** One request from this client address. */
    public void fromAddress(String clientAddress) {
        take(addresses.get(clientAddress, key -> bucket(addressSettings.addressAttempts(), addressSettings.addressPeriod())));
    }

    /** One request from this client address that sends mail to this email address. */
    public void mailing(String clientAddress, String email) {
        fromAddress(clientAddress);
        take(emails.get(email.trim().toLowerCase(Locale.ROOT),
                key -> bucket(emailSettings.emailAttempts(), emailSettings.emailPeriod())));
    }

    private static void take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyAttemptsException(TOO_MANY, Duration.ofNanos(probe.getNanosToWaitForRefill()), false);
        }
    }

    private static Bucket bucket(int attempts, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build()).build();
    }
}
