package org.signpost.indexer;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock the indexer reads, which the application supplies (api's {@code ClockFactory}); this
 * module's own tests supply it here. Left out of the test-jar, so api's tests keep their one clock.
 */
@Factory
class TestClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
