package org.signpost.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.WebhooksApi;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.WebhookDelivery;
import org.signpost.contract.model.WebhookDeliveryOutcome;
import org.signpost.contract.model.WebhookSubscription;
import org.signpost.contract.model.WebhookSubscriptionCreated;
import org.signpost.contract.model.WebhookSubscriptionInput;
import org.signpost.contract.model.WebhookSubscriptionStatus;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.PlatformEvents;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;

/**
 * A group manages its own webhooks: a failing endpoint is retried with backoff and then disabled, the reason and every
 * attempt readable by the group's editor (and an ADMIN), by no other organisation's editor; targets and event types are
 * checked when a subscription is made.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.webhooks.allow-http-localhost", value = "true")
@Property(name = "signpost.webhooks.disable-after", value = "3")
@Property(name = "signpost.events.retry-base", value = "100ms")
@Property(name = "signpost.events.max-attempts", value = "10")
@Property(name = "signpost.events.poll-interval", value = "20ms")
class WebhookSubscriptionsTest {

    @Inject
    WebhooksApi webhooks;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase database;

    @Inject
    WebhookPartners partners;

    @Inject
    PlatformEvents events;

    @Inject
    @Client("signpost")
    HttpClient raw;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aFailingEndpointIsRetriedWithBackoffThenDisabledWithTheReasonVisibleAndCanBeEnabledAgain() throws Exception {
        UUID group = partners.group("Failing webhook group");
        try (PartnerEndpoint partner = PartnerEndpoint.start()) {
            partner.status = 500;
            WebhookSubscriptionCreated created = partners.subscribe(group, partner, input -> input.description("Case system"));
            UUID id = created.getSubscription().getId();
            assertThat(created.getSecret()).startsWith("whsec_");
            assertThat(created.getSubscription().getStatus()).isEqualTo(WebhookSubscriptionStatus.ACTIVE);
            assertThat(database.string("SELECT secret_ciphertext FROM webhook_subscription WHERE id = ?", id))
                    .as("kept encrypted").startsWith("v1:").doesNotContain(created.getSecret().substring(6));

            UUID event = publish(group);

            await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(webhooks.getWebhook(id).getStatus()).isEqualTo(WebhookSubscriptionStatus.DISABLED));
            WebhookSubscription disabled = webhooks.getWebhook(id);
            assertThat(disabled.getDisabledReason()).contains("3 failed deliveries in a row").contains("HTTP 500").contains(event.toString());
            assertThat(disabled.getDisabledAt()).isNotNull();
            assertThat(disabled.getConsecutiveFailures()).isEqualTo(3);
            List<WebhookDelivery> log = webhooks.listWebhookDeliveries(id, 1, 20).getItems();
            assertThat(log).extracting(WebhookDelivery::getAttempt).containsExactly(3, 2, 1);
            assertThat(log).allSatisfy(a -> {
                assertThat(a.getEventId()).isEqualTo(event);
                assertThat(a.getEventType()).isEqualTo("listing.review-due");
                assertThat(a.getOutcome()).isEqualTo(WebhookDeliveryOutcome.FAILED);
                assertThat(a.getStatusCode()).isEqualTo(500);
            });
            assertThat(Duration.between(log.get(2).getAttemptedAt(), log.get(0).getAttemptedAt()))
                    .as("backoff: 100ms then 200ms at least").isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(partner.accepted).hasSize(3);

            // disabled: nothing more is sent, and the event no longer waits on it
            publish(group);
            await("nothing sent to a disabled subscription").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> partner.accepted.size() == 3);
            assertThat(database.count("SELECT COUNT(*) FROM event_outbox WHERE event_id = ? AND dispatched_at IS NOT NULL", event)).isEqualTo(1);

            // mended and enabled again: the next event arrives
            partner.status = 204;
            WebhookSubscription enabled = webhooks.enableWebhook(id);
            assertThat(enabled.getStatus()).isEqualTo(WebhookSubscriptionStatus.ACTIVE);
            assertThat(enabled.getDisabledReason()).isNull();
            assertThat(enabled.getConsecutiveFailures()).isZero();
            UUID after = publish(group);
            await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> partner.processed.containsKey(after.toString()));
            await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(webhooks.listWebhookDeliveries(id, 1, 1).getItems().get(0))
                    .satisfies(a -> {
                        assertThat(a.getEventId()).isEqualTo(after);
                        assertThat(a.getOutcome()).isEqualTo(WebhookDeliveryOutcome.DELIVERED);
                        assertThat(a.getStatusCode()).isEqualTo(204);
                    }));
            assertThat(webhooks.listWebhookDeliveries(id, 1, 20).getTotalItems()).isEqualTo(4);
        }
    }

    @Test
    void theDeliveryLogIsReadByTheGroupsEditorsAndAnAdminAndByNoOtherOrganisation() {
        UUID group = partners.group("Webhook owner");
        UUID other = partners.group("Webhook neighbour");
        users.actAsGroupEditorOf(group);
        UUID id = webhooks.createWebhook(group, new WebhookSubscriptionInput("http://localhost:9/hook")).body().getSubscription().getId();
        assertThat(webhooks.listWebhookDeliveries(id, 1, 20).getTotalItems()).isZero();
        users.actAsGroupEditorOf(group); // a second editor of the same group
        assertThat(webhooks.getWebhook(id).getUrl()).isEqualTo("http://localhost:9/hook");
        assertThat(webhooks.listWebhooks(group).getItems()).extracting(WebhookSubscription::getId).containsExactly(id);

        users.actAsGroupEditorOf(other);
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.listWebhookDeliveries(id, 1, 20));
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.getWebhook(id));
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.enableWebhook(id));
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.deleteWebhook(id));
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.listWebhooks(group));
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.createWebhook(group, new WebhookSubscriptionInput("http://localhost:9/x")));
        // the declarative client answers a 404 with null; the raw response is the problem
        expectProblem(HttpStatus.NOT_FOUND, () -> get("/webhooks/" + UUID.randomUUID()));
        expectProblem(HttpStatus.NOT_FOUND, () -> get("/organisations/" + UUID.randomUUID() + "/webhooks"));
        assertThat(webhooks.listWebhooks(other).getItems()).isEmpty();

        users.actAs(Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.listWebhookDeliveries(id, 1, 20));
        users.actAs(Role.LINK_WORKER);
        expectProblem(HttpStatus.FORBIDDEN, () -> webhooks.getWebhook(id));

        users.actAs(Role.ADMIN);
        assertThat(webhooks.listWebhookDeliveries(id, 1, 20).getTotalItems()).isZero();
        assertThat(webhooks.deleteWebhook(id).getStatus().getCode()).isEqualTo(204);
        expectProblem(HttpStatus.NOT_FOUND, () -> get("/webhooks/" + id));
    }

    @Test
    void targetsMustBeHttpsAtPublicAddressesAndEventTypesOnesTheGroupMayHear() {
        UUID group = partners.group("Webhook validation");
        users.actAsGroupEditorOf(group);

        for (String url : List.of("http://hooks.partner.example/signpost", "https://10.0.0.8/hook", "https://169.254.169.254/latest",
                "https://[::ffff:192.168.0.1]/hook", "ftp://localhost/hook", "localhost/hook")) {
            Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> webhooks.createWebhook(group, new WebhookSubscriptionInput(url)));
            assertThat(problem.getErrors()).as(url).anySatisfy(e -> assertThat(e.getField()).isEqualTo("url"));
        }
        Problem drafts = expectProblem(HttpStatus.BAD_REQUEST, () -> webhooks.createWebhook(group,
                new WebhookSubscriptionInput("http://localhost:9/hook").eventTypes(List.of("referral.sent", "referral.drafted"))));
        assertThat(drafts.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("event_types");
            assertThat(e.getDetail()).contains("referral.drafted");
        });
        expectProblem(HttpStatus.BAD_REQUEST, () -> webhooks.createWebhook(group,
                new WebhookSubscriptionInput("http://localhost:9/hook").eventTypes(List.of("episode.referred"))));

        WebhookSubscription chosen = webhooks.createWebhook(group, new WebhookSubscriptionInput("http://localhost:9/hook")
                .eventTypes(List.of("referral.sent", "referral.cancelled"))).body().getSubscription();
        assertThat(chosen.getEventTypes()).containsExactly("referral.cancelled", "referral.sent");
        assertThat(webhooks.listWebhooks(group).getItems()).hasSize(1);
    }

    private void get(String path) {
        raw.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(Bearer.current()));
    }

    private UUID publish(UUID organisation) {
        return events.publish(PlatformEvents.reviewDue(organisation));
    }
}
