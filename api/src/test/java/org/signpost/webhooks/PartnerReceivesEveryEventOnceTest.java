package org.signpost.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.signpost.testing.PlatformEvents.reviewDue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.platform.events.EventDispatcherRunner;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.testing.Bearer;
import org.signpost.testing.PlatformEvents;
import org.signpost.webhooks.model.WebhookSignature;

/**
 * A partner's endpoint, a real HTTP server checking signatures and de-duplicating on {@code webhook-id}, hears every
 * event about its own organisation exactly once, though the dispatcher is killed twice in the middle of a batch and
 * started again; it never hears another organisation's events or a draft referral.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.webhooks.allow-http-localhost", value = "true")
@Property(name = "signpost.events.retry-base", value = "100ms")
@Property(name = "signpost.events.poll-interval", value = "20ms")
@Property(name = "signpost.events.batch-size", value = "10")
@Property(name = "signpost.events.claim-for", value = "1s")
@Property(name = "signpost.events.lease-ttl", value = "2s")
class PartnerReceivesEveryEventOnceTest {

    @Inject
    WebhookPartners partners;

    @Inject
    PlatformEvents events;

    @Inject
    EventDispatcherRunner dispatcher;

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void signOut() {
        Bearer.clear();
        dispatcher.start();
    }

    @Test
    void everyEventOfItsOrganisationArrivesOnceThoughTheDispatcherIsKilledMidBatch() throws Exception {
        UUID ours = partners.group("Webhook group");
        UUID theirs = partners.group("Other webhook group");
        try (PartnerEndpoint partner = PartnerEndpoint.start(); PartnerEndpoint other = PartnerEndpoint.start()) {
            partner.delayMillis = 40; // slow enough that a kill lands in the middle of a batch
            partners.subscribe(ours, partner);
            partners.subscribe(theirs, other);

            List<UUID> expected = new ArrayList<>();
            Set<UUID> notForUs = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                expected.add(publish(i % 2 == 0 ? reviewDue(ours) : referralSent(ours)));
                if (i % 10 == 0) {
                    notForUs.add(publish(reviewDue(theirs)));
                    notForUs.add(publish(new PlatformEvent.ReferralDrafted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ours,
                            UUID.randomUUID(), UUID.randomUUID())));
                }
            }

            int kills = 0;
            for (int killAfter : new int[] {5, 17}) {
                await().atMost(Duration.ofSeconds(60)).until(() -> partner.processed.size() >= killAfter);
                dispatcher.halt();
                kills++;
                int atKill = partner.accepted.size();
                // a delivery already on the wire when it died may still land; nothing after it
                await("nothing is sent while the dispatcher is dead").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                        .until(() -> partner.accepted.size() <= atKill + 1);
                assertThat(partner.processed.size()).as("killed mid-way").isLessThan(expected.size());
                dispatcher.start();
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> partner.processed.size() >= expected.size());
            // a late duplicate or stray event would arrive within this (claim-for is 1s)
            await("no duplicate or stray event").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10))
                    .until(() -> partner.processedInOrder.size() == expected.size());

            Set<String> want = new HashSet<>(expected.stream().map(UUID::toString).toList());
            assertThat(partner.processed.keySet()).as("none missing, nothing else").isEqualTo(want);
            assertThat(partner.processedInOrder).as("processed once each").doesNotHaveDuplicates().hasSize(expected.size());
            assertThat(partner.refused).as("every request was genuine").hasValue(0);
            List<String> sent = partner.accepted.stream().map(PartnerEndpoint.Received::id).toList();
            assertThat(sent.size() - want.size()).as("re-sent at most the delivery in flight at each kill").isBetween(0, kills);
            for (PartnerEndpoint.Received request : partner.accepted) {
                assertThat(request.body()).as("a re-sent event is the same document, so de-duplication is safe")
                        .isEqualTo(partner.processed.get(request.id()));
                assertThat(request.contentType()).isEqualTo("application/cloudevents+json; charset=utf-8");
            }
            assertThat(other.processed.keySet()).as("the other organisation hears only its own")
                    .doesNotContainAnyElementsOf(want).hasSize(3);
            assertThat(partner.processed.keySet()).doesNotContainAnyElementsOf(notForUs.stream().map(UUID::toString).toList());

            JsonNode event = mapper.readTree(partner.processed.get(expected.get(1).toString()));
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("id").asText()).isEqualTo(expected.get(1).toString());
            assertThat(event.get("type").asText()).isEqualTo("org.signpost.referral.sent.v1");
            assertThat(event.get("source").asText()).isEqualTo("/organisations/" + ours);
            assertThat(event.get("link").asText()).isEqualTo("/referrals/" + event.get("subject").asText());
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.get("data").get("organisation_id").asText()).isEqualTo(ours.toString());
            assertThat(Instant.parse(event.get("time").asText())).isNotNull();

            // a request that is not Signpost's, or is altered, is refused by the partner's check
            PartnerEndpoint.Received genuine = partner.accepted.get(0);
            byte[] altered = new String(genuine.body(), StandardCharsets.UTF_8).replace("\"data\":{", "\"data\":{\"x\":1,")
                    .getBytes(StandardCharsets.UTF_8);
            long now = Instant.now().getEpochSecond();
            assertThat(post(partner, genuine.id(), now, WebhookSignature.sign(partner.secret, genuine.id(), now, genuine.body()), altered))
                    .isEqualTo(401);
            assertThat(post(partner, genuine.id(), now, WebhookSignature.sign(other.secret, genuine.id(), now, genuine.body()), genuine.body()))
                    .isEqualTo(401);
            assertThat(partner.refused).hasValue(2);
        }
    }

    private static int post(PartnerEndpoint partner, String id, long timestamp, String signature, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(partner.url())).header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private UUID publish(PlatformEvent event) {
        return events.publish(event);
    }

    private static PlatformEvent referralSent(UUID organisation) {
        return new PlatformEvent.ReferralSent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), organisation, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), Instant.now(), false);
    }
}
