package org.signpost.platform.events;

import java.time.Instant;

/**
 * Publishes platform events: each is written to {@code event_outbox} in the caller's transaction, so an event exists
 * exactly when the change it reports committed. The {@link EventDispatcher} delivers it to every
 * {@link EventSubscriber} afterwards.
 */
public interface EventOutbox {

    /** Writes the event in the current transaction; answers its id. */
    java.util.UUID publish(PlatformEvent event, Instant occurredAt);
}
