package org.signpost.webhooks.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.platform.events.EventSubscriber;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.platform.events.StoredEvent;
import org.signpost.webhooks.infrastructure.WebhookRepository;
import org.signpost.webhooks.model.DeliveryAttempt;
import org.signpost.webhooks.model.Subscription;
import org.signpost.webhooks.model.WebhookEventPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-event subscriber {@code webhooks}: sends each event about an organisation to that organisation's
 * enabled subscriptions, one signed POST each, and logs every attempt. A subscription that already has the event is
 * skipped, so when the dispatcher retries (with its backoff) only the endpoints that failed are called again. If any
 * failed, {@link #deliver} throws and the dispatcher tries again later. {@code disable-after} failures in a row
 * disable a subscription, with the reason, until an editor enables it; it then stops holding the event up.
 */
@Singleton
class WebhookSubscriber implements EventSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSubscriber.class);

    private final WebhookRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final CloudEvents cloudEvents;
    private final WebhookSender sender;
    private final SecretBox secrets;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookSubscriber(WebhookRepository repository, TransactionOperations<Connection> transactions, CloudEvents cloudEvents,
            WebhookSender sender, SecretBox secrets, WebhookSettings settings, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.cloudEvents = cloudEvents;
        this.sender = sender;
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public boolean wants(PlatformEvent event) {
        return WebhookEventPolicy.audience(event).isPresent();
    }

    @Override
    public void deliver(StoredEvent event) throws Exception {
        UUID organisation = WebhookEventPolicy.audience(event.event()).orElse(null);
        if (organisation == null) {
            return;
        }
        List<Subscription> subscriptions = transactions.executeRead(status -> repository.activeAt(organisation, event.occurredAt()));
        byte[] body = null;
        List<String> failures = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            if (!WebhookEventPolicy.selected(subscription.eventTypes(), event.type())
                    || transactions.executeRead(status -> repository.delivered(subscription.id(), event.id()))) {
                continue;
            }
            if (body == null) {
                body = cloudEvents.write(event, organisation);
            }
            WebhookSender.Outcome outcome = sender.send(subscription.url(), secrets.open(subscription.secretCiphertext()), event.id(), body);
            if (!record(subscription, event, outcome)) {
                failures.add(subscription.id() + ": " + outcome.error());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Webhook not delivered to " + failures.size() + " subscription(s): " + String.join("; ", failures));
        }
    }

    /** Logs the attempt; answers true when nothing more is owed to this subscription (delivered, or now disabled). */
    private boolean record(Subscription subscription, StoredEvent event, WebhookSender.Outcome outcome) {
        Instant now = clock.instant();
        return transactions.executeWrite(status -> {
            int attempt = repository.attemptsSoFar(subscription.id(), event.id()) + 1;
            repository.record(subscription.id(), new DeliveryAttempt(0, event.id(), event.type(), attempt, now, outcome.delivered(),
                    outcome.statusCode(), outcome.error(), outcome.durationMs()));
            if (outcome.delivered()) {
                return true;
            }
            String reason = "Disabled after " + settings.disableAfter() + " failed deliveries in a row; the last, of event " + event.id()
                    + " at " + now + ": " + outcome.error();
            boolean disabled = repository.disableIfFailing(subscription.id(), settings.disableAfter(), now, reason);
            if (disabled) {
                LOG.warn("Webhook subscription {} of organisation {} disabled: {}", subscription.id(), subscription.organisationId(), reason);
            }
            return disabled;
        });
    }
}
