package org.signpost.platform.events;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two real subscribers for the dispatcher tests (only where {@code signpost.test.event-subscribers} is true): each
 * hears the events about the subjects a test watches and records what it was handed; "flaky" refuses the events a test
 * names until told otherwise.
 */
final class RecordingSubscribers {

    private RecordingSubscribers() {
    }

    abstract static class Recording implements EventSubscriber {
        final Set<UUID> watched = ConcurrentHashMap.newKeySet();
        final Set<UUID> refused = ConcurrentHashMap.newKeySet();
        final List<UUID> received = new CopyOnWriteArrayList<>();

        @Override
        public boolean wants(PlatformEvent event) {
            return watched.contains(event.subjectId());
        }

        @Override
        public void deliver(StoredEvent event) {
            if (refused.contains(event.subjectId())) {
                throw new IllegalStateException("the far end refused " + event.type());
            }
            received.add(event.id());
        }
    }

    @Singleton
    @Named("steady")
    @Requires(property = "signpost.test.event-subscribers", value = "true")
    static class Steady extends Recording {
        @Override
        public String name() {
            return "test-steady";
        }
    }

    @Singleton
    @Named("flaky")
    @Requires(property = "signpost.test.event-subscribers", value = "true")
    static class Flaky extends Recording {
        @Override
        public String name() {
            return "test-flaky";
        }
    }
}
