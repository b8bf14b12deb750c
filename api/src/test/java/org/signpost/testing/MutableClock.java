package org.signpost.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The application's clock, which a test can set; real time until it does. Only in contexts with
 * {@code signpost.test.mutable-clock=true}, so other tests keep the real clock.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "signpost.test.mutable-clock", value = "true")
public class MutableClock extends Clock {

    private volatile Instant fixed;

    /** From now on the time is {@code local} in {@code zone}, standing still. */
    public void set(ZonedDateTime instant) {
        fixed = instant.toInstant();
    }

    public void set(String localDateTime, String zone) {
        set(java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)));
    }

    /** Back to real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
