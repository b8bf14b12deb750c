package org.signpost.platform.events;

/**
 * A channel that hears platform events (email, SMS, webhooks...). Declare one as a {@code @Singleton}; the
 * {@link EventDispatcher} finds every bean of this type.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #name()} is stable: the dispatcher keeps each event's delivery state per subscriber name (attempts,
 *       next try, delivered, parked), so renaming a subscriber makes it hear every undispatched event again.</li>
 *   <li>{@link #wants(PlatformEvent)} is a quick, pure decision (no I/O): events it does not want are never delivered
 *       to it and cost it nothing.</li>
 *   <li>{@link #deliver(StoredEvent)} returns normally only when the event is handed over for good; any exception means
 *       "not delivered": the dispatcher retries it later with exponential backoff and parks it for this subscriber
 *       after {@code signpost.events.max-attempts} failures (an ADMIN re-drives parked events). Other subscribers are
 *       not held up by this one's failures.</li>
 *   <li>Delivery is at least once: a crash between a successful hand-over and the dispatcher recording it delivers the
 *       event again. Use {@link StoredEvent#id()} as the idempotency key wherever the receiving side allows.</li>
 *   <li>{@code deliver} runs on the dispatcher's thread outside any transaction; bound its waits (timeouts) so one slow
 *       channel does not stall the others.</li>
 * </ul>
 */
public interface EventSubscriber {

    String name();

    boolean wants(PlatformEvent event);

    void deliver(StoredEvent event) throws Exception;
}
