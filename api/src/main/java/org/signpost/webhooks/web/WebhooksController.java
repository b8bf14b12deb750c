package org.signpost.webhooks.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.signpost.contract.model.WebhookDelivery;
import org.signpost.contract.model.WebhookDeliveryOutcome;
import org.signpost.contract.model.WebhookDeliveryPage;
import org.signpost.contract.model.WebhookSubscription;
import org.signpost.contract.model.WebhookSubscriptionCreated;
import org.signpost.contract.model.WebhookSubscriptionInput;
import org.signpost.contract.model.WebhookSubscriptionList;
import org.signpost.contract.model.WebhookSubscriptionStatus;
import org.signpost.contract.server.WebhooksApi;
import org.signpost.security.web.CurrentActor;
import org.signpost.webhooks.application.WebhookSubscriptions;
import org.signpost.webhooks.model.DeliveryAttempt;
import org.signpost.webhooks.model.Subscription;

/** Webhook subscriptions and their delivery log: ADMIN, or a GROUP_EDITOR of the organisation. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"GROUP_EDITOR", "ADMIN"})
class WebhooksController implements WebhooksApi {

    private final CurrentActor currentActor;
    private final WebhookSubscriptions subscriptions;

    WebhooksController(CurrentActor currentActor, WebhookSubscriptions subscriptions) {
        this.currentActor = currentActor;
        this.subscriptions = subscriptions;
    }

    @Override
    public WebhookSubscriptionList listWebhooks(UUID organisationId) {
        return new WebhookSubscriptionList(new ArrayList<>(subscriptions.list(currentActor.get(), organisationId).stream()
                .map(WebhooksController::subscription).toList()));
    }

    @Override
    public HttpResponse<WebhookSubscriptionCreated> createWebhook(UUID organisationId, WebhookSubscriptionInput input) {
        WebhookSubscriptions.Created created = subscriptions.create(currentActor.get(), organisationId,
                new WebhookSubscriptions.Request(input.getUrl(), input.getDescription(), input.getEventTypes()));
        return HttpResponse.created(new WebhookSubscriptionCreated(subscription(created.subscription()), created.secret()))
                .header("Location", "/webhooks/" + created.subscription().id())
                .header("Cache-Control", "no-store");
    }

    @Override
    public WebhookSubscription getWebhook(UUID subscriptionId) {
        return subscription(subscriptions.get(currentActor.get(), subscriptionId));
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    public HttpResponse<Void> deleteWebhook(UUID subscriptionId) {
        subscriptions.delete(currentActor.get(), subscriptionId);
        return HttpResponse.noContent();
    }

    @Override
    public WebhookSubscription enableWebhook(UUID subscriptionId) {
        return subscription(subscriptions.enable(currentActor.get(), subscriptionId));
    }

    @Override
    public WebhookDeliveryPage listWebhookDeliveries(UUID subscriptionId, Integer page, Integer perPage) {
        WebhookSubscriptions.Page found = subscriptions.deliveries(currentActor.get(), subscriptionId, page == null ? 1 : page,
                perPage == null ? 20 : perPage);
        return new WebhookDeliveryPage(new ArrayList<>(found.items().stream().map(WebhooksController::delivery).toList()), found.total(),
                found.page(), found.perPage());
    }

    private static WebhookSubscription subscription(Subscription s) {
        return new WebhookSubscription(s.id(), s.organisationId(), s.url(), new ArrayList<>(s.eventTypes()),
                s.active() ? WebhookSubscriptionStatus.ACTIVE : WebhookSubscriptionStatus.DISABLED, s.consecutiveFailures(), time(s.createdAt()))
                .description(s.description()).disabledAt(time(s.disabledAt())).disabledReason(s.disabledReason());
    }

    private static WebhookDelivery delivery(DeliveryAttempt a) {
        return new WebhookDelivery(a.id(), a.eventId(), a.eventType(), a.attempt(), time(a.attemptedAt()),
                a.delivered() ? WebhookDeliveryOutcome.DELIVERED : WebhookDeliveryOutcome.FAILED, a.durationMs())
                .statusCode(a.statusCode()).error(a.error());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
