package org.signpost.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock, movable by a test (time passing is a boundary a test cannot make
 * real). Only in contexts that ask for it: {@code @Property(name = "signpost.test.clock", value = "movable")}.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "signpost.test.clock", value = "movable")
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Period period) {
        Instant now = instant();
        offset = offset.plus(Duration.between(now, now.atZone(ZoneOffset.UTC).plus(period).toInstant()));
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
