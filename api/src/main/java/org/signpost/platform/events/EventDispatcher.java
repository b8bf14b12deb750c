package org.signpost.platform.events;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the event outbox: claim a batch of due events, hand each to every {@link EventSubscriber} that wants
 * it and has not had it yet, and record each outcome at once. A failure is retried with exponential backoff and
 * parked after {@code max-attempts} for that subscriber alone; an event is done when every subscriber that wants it
 * has it or has parked it.
 *
 * <p>At least once: each delivery is recorded in its own transaction right after the subscriber returns, so a crash
 * re-delivers at most the one delivery that was in flight (the dispatcher delivers one at a time); the rest of a dead
 * dispatcher's batch is taken again, undelivered, when its claim runs out.
 */
@Singleton
public class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final EventRows rows;
    private final EventTypes types;
    private final List<EventSubscriber> subscribers;
    private final EventSettings settings;
    private final Clock clock;

    EventDispatcher(EventRows rows, EventTypes types, List<EventSubscriber> subscribers, EventSettings settings, Clock clock) {
        this.rows = rows;
        this.types = types;
        this.subscribers = List.copyOf(subscribers);
        this.settings = settings;
        this.clock = clock;
    }

    /** The subscribers events go to, by name. */
    public List<String> subscriberNames() {
        return subscribers.stream().map(EventSubscriber::name).toList();
    }

    /** Processes one batch; answers how many events it claimed. */
    public int processBatch() {
        Instant now = clock.instant();
        List<EventRows.Claimed> claimed = rows.claim(now, settings.batchSize(), now.plus(settings.claimFor()));
        Map<Long, Map<String, EventRows.Delivery>> deliveries = rows.deliveries(claimed);
        try {
            for (EventRows.Claimed row : claimed) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new Stopped();
                }
                dispatch(row, deliveries.getOrDefault(row.seq(), Map.of()));
            }
        } catch (Stopped stopped) {
            LOG.info("Event dispatcher stopped mid-batch; the rest of its claim is taken again when the claim runs out");
        }
        return claimed.size();
    }

    private void dispatch(EventRows.Claimed row, Map<String, EventRows.Delivery> done) {
        PlatformEvent event;
        try {
            event = types.read(row.type(), row.version(), row.payload());
        } catch (EventTypes.UnknownEventException e) {
            int attempts = row.attempts() + 1;
            Instant now = clock.instant();
            boolean park = attempts >= settings.maxAttempts();
            LOG.error("{} event {} ({}, attempt {}): {}", park ? "Parked" : "Cannot read", row.id(), row.type(), attempts, e.getMessage());
            rows.unreadable(row.seq(), attempts, e.getMessage(), now.plus(settings.backoff(attempts)), park ? now : null);
            return;
        }
        StoredEvent stored = new StoredEvent(row.id(), row.type(), row.version(), row.subject(), row.subjectId(), row.occurredAt(),
                event, row.payload());
        Instant nextTry = null;
        for (EventSubscriber subscriber : subscribers) {
            if (!subscriber.wants(event)) {
                continue;
            }
            EventRows.Delivery before = done.get(subscriber.name());
            if (before != null && (before.delivered() || before.parked())) {
                continue;
            }
            Instant retry = before != null && before.processAfter().isAfter(clock.instant())
                    ? before.processAfter() : deliver(subscriber, row, stored, before == null ? 0 : before.attempts());
            if (retry != null && (nextTry == null || retry.isBefore(nextTry))) {
                nextTry = retry;
            }
        }
        if (nextTry == null) {
            rows.dispatched(row.seq(), clock.instant());
        } else {
            rows.retryAt(row.seq(), nextTry);
        }
    }

    /** Delivers once; answers when to try again, or null when delivered or parked. */
    private Instant deliver(EventSubscriber subscriber, EventRows.Claimed row, StoredEvent stored, int attemptsBefore) {
        int attempts = attemptsBefore + 1;
        try {
            subscriber.deliver(stored);
        } catch (Exception e) {
            if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                // stopping mid-delivery: record nothing, as a crash would not; the claim runs out and it is taken again
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            Instant now = clock.instant();
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (attempts >= settings.maxAttempts()) {
                LOG.error("Parked event {} ({}) for {} after {} attempts: {}", stored.id(), stored.type(), subscriber.name(), attempts, error);
                rows.failed(row.seq(), subscriber.name(), attempts, error, now, now);
                return null;
            }
            Instant retry = now.plus(settings.backoff(attempts));
            LOG.warn("Event {} ({}) not delivered to {} (attempt {}), retrying at {}: {}", stored.id(), stored.type(), subscriber.name(),
                    attempts, retry, error);
            rows.failed(row.seq(), subscriber.name(), attempts, error, retry, null);
            return retry;
        }
        rows.delivered(row.seq(), subscriber.name(), attempts, clock.instant());
        return null;
    }

    /** The dispatcher's thread was interrupted: the pass ends, recording nothing more. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
