package org.signpost.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.testing.PlatformEvents;
import org.signpost.testing.TestDatabase;

/**
 * The dispatcher hands every event to every subscriber that wants it, keeps going past one that fails, parks what keeps
 * failing for that subscriber alone (an ADMIN re-drives it), and refuses events it cannot read, loudly.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.test.event-subscribers", value = "true")
@Property(name = "signpost.events.retry-base", value = "50ms")
@Property(name = "signpost.events.max-attempts", value = "3")
@Property(name = "signpost.events.poll-interval", value = "20ms")
class EventDispatcherTest {

    @Inject
    PlatformEvents platformEvents;

    @Inject
    ParkedEvents parked;

    @Inject
    TestDatabase database;

    @Inject
    @Named("steady")
    RecordingSubscribers.Recording steady;

    @Inject
    @Named("flaky")
    RecordingSubscribers.Recording flaky;

    @Test
    void aDeliveryThatKeepsFailingIsParkedForItsSubscriberAloneAndDoesNotHoldUpTheOthers() {
        List<UUID> listings = new ArrayList<>();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID listing = UUID.randomUUID();
            listings.add(listing);
            steady.watched.add(listing);
            flaky.watched.add(listing);
        }
        UUID poison = listings.get(1);
        flaky.refused.add(poison);
        listings.forEach(listing -> events.add(publish(listing)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(steady.received).containsAll(events);
            assertThat(flaky.received).containsAll(events.stream().filter(e -> !e.equals(events.get(1))).toList());
            assertThat(parked.list(100)).anySatisfy(p -> {
                assertThat(p.eventId()).isEqualTo(events.get(1));
                assertThat(p.subscriber()).isEqualTo("test-flaky");
                assertThat(p.attempts()).isEqualTo(3);
                assertThat(p.lastError()).isEqualTo("the far end refused listing.review-due");
            });
        });
        assertThat(flaky.received).doesNotContain(events.get(1));
        assertThat(steady.received).as("each event once to the subscriber that never failed").doesNotHaveDuplicates();
        assertThat(database.count("SELECT COUNT(*) FROM event_outbox WHERE event_id = ? AND dispatched_at IS NOT NULL",
                events.get(1))).as("done: delivered or parked everywhere").isEqualTo(1);

        // the far end is mended; an ADMIN sends the parked event again, to the subscriber that parked it only
        flaky.refused.clear();
        assertThat(parked.redrive(events.get(1))).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(flaky.received).contains(events.get(1)));
        assertThat(steady.received.stream().filter(events.get(1)::equals)).as("not sent again where it was delivered").hasSize(1);
        assertThat(parked.list(100)).noneSatisfy(p -> assertThat(p.eventId()).isEqualTo(events.get(1)));
        assertThat(parked.redrive(UUID.randomUUID())).isFalse();
    }

    @Test
    void anEventThisReleaseCannotReadIsRefusedLoudlyAndParkedWithoutHoldingUpTheNext() {
        UUID listing = UUID.randomUUID();
        steady.watched.add(listing);
        UUID unreadable = UUID.randomUUID();
        database.update("INSERT INTO event_outbox (event_id, aggregate_type, aggregate_id, event_type, event_version, payload, created_at,"
                + " process_after) VALUES (?, 'service', ?, 'listing.review-due', 99, '{}', NOW(6), NOW(6))", unreadable, listing);
        UUID next = publish(listing);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(parked.list(100)).anySatisfy(p -> {
            assertThat(p.eventId()).isEqualTo(unreadable);
            assertThat(p.subscriber()).isNull();
            assertThat(p.attempts()).isEqualTo(3);
            assertThat(p.lastError()).startsWith("Unknown event listing.review-due v99: this release reads [").contains("listing.review-due v1");
        }));
        assertThat(steady.received).contains(next).doesNotContain(unreadable);
    }

    @Test
    void everyEventTypeIsWrittenInSnakeCaseAndReadBackTheSameAndAnUnknownFieldIsRefused() throws Exception {
        EventTypes types = new EventTypes(mapper);
        for (Class<?> record : PlatformEvent.class.getPermittedSubclasses()) {
            PlatformEvent sample = sample(record);
            EventSchema schema = EventTypes.schemaOf(sample);
            String json = types.write(sample);
            assertThat(json).as(schema.type()).doesNotContainPattern("\"[a-z]+[A-Z]");
            assertThat(types.read(schema.type(), schema.version(), json)).as(schema.type()).isEqualTo(sample);
        }
        String sent = types.write(sample(PlatformEvent.ReferralUnanswered.class));
        assertThat(sent).contains("\"sent_at\":\"2026-").contains("\"answer_within\":\"PT120H\"");
        assertThatThrownBy(() -> types.read("referral.unanswered", 1, sent.replace("{", "{\"resident_name\":\"Mary\",")))
                .isInstanceOf(EventTypes.UnknownEventException.class).hasMessageContaining("resident_name");
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    private UUID publish(UUID listing) {
        return platformEvents.publish(new PlatformEvent.ListingReviewDue(listing, UUID.randomUUID(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 7, 2)));
    }

    /** A record with a value of the right type in every component. */
    private static PlatformEvent sample(Class<?> record) throws Exception {
        var components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            types[i] = type;
            values[i] = type == UUID.class ? UUID.randomUUID() : type == Instant.class ? Instant.parse("2026-12-02T10:15:30.123456Z")
                    : type == LocalDate.class ? LocalDate.of(2026, 12, 2) : type == Duration.class ? Duration.ofDays(5)
                    : type == boolean.class ? Boolean.TRUE : type == String.class ? "other" : null;
            assertThat(values[i]).as(record.getSimpleName() + "." + components[i].getName() + " has a type the samples know").isNotNull();
        }
        return (PlatformEvent) record.getDeclaredConstructor(types).newInstance(values);
    }
}
