package org.signpost.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.notifications.application.EventNotifications;
import org.signpost.notifications.application.PreferenceStore;
import org.signpost.notifications.model.ChannelChoice.Channel;
import org.signpost.platform.events.EventTypes;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.platform.events.StoredEvent;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;

/**
 * With {@code signpost.notifications.channel=notify}, email and text messages go through GOV.UK Notify's own client to
 * Notify's API, here a real local HTTP server standing in for it that checks what a real call carries: a JWT signed
 * with the key's secret naming the service, the configured template, the recipient, and Signpost's words as the
 * personalisation. A person who chose SMS and holds a number gets a text; one who chose email gets an email with the
 * one-click unsubscribe URL when the message is not essential.
 */
class NotifyCarriesEmailAndSmsTest {

    static final String EMAIL_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    static final String SMS_TEMPLATE = "a1b2c3d4-2a88-4f6e-b855-c550268ce08b";

    @Test
    void eachPersonIsToldThroughNotifyByTheChannelTheyChose() throws Exception {
        try (NotifyStandIn notify = new NotifyStandIn();
                ApplicationContext context = ApplicationContext.run(Map.of(
                        "signpost.notifications.channel", "notify",
                        "signpost.notify.api-key", notify.apiKey(),
                        "signpost.notify.base-url", notify.baseUrl(),
                        "signpost.notify.email-template-id", EMAIL_TEMPLATE,
                        "signpost.notify.sms-template-id", SMS_TEMPLATE,
                        "signpost.events.dispatcher-enabled", "false"), "test")) {
            UserAccounts accounts = context.getBean(UserAccounts.class);
            PreferenceStore preferences = context.getBean(PreferenceStore.class);
            String byEmail = "lw-email-" + UUID.randomUUID() + "@test.signpost";
            String byText = "lw-sms-" + UUID.randomUUID() + "@test.signpost";
            UUID emailUser = accounts.create(new NewUser(byEmail, "correct horse battery staple", Set.of(Role.LINK_WORKER), java.util.Optional.empty()));
            UUID smsUser = accounts.create(new NewUser(byText, "correct horse battery staple", Set.of(Role.LINK_WORKER), java.util.Optional.empty()));
            preferences.save(smsUser, new PreferenceStore.Stored(Channel.SMS, "07700900123", "cy", Set.of()), Instant.now());

            String listing = "Tai Chi " + UUID.randomUUID().toString().substring(0, 8);
            UUID service = context.getBean(org.signpost.indexer.DirectoryRows.class).verifiedService(listing, 53.43, -1.36);
            UUID referral = UUID.randomUUID();
            EventNotifications notifications = context.getBean(EventNotifications.class);
            deliver(context, notifications, new PlatformEvent.ReferralAttended(referral, UUID.randomUUID(), service,
                    UUID.randomUUID(), UUID.randomUUID(), emailUser, UUID.randomUUID(), Instant.now()));
            deliver(context, notifications, new PlatformEvent.ReferralAccepted(referral, UUID.randomUUID(), service,
                    UUID.randomUUID(), UUID.randomUUID(), smsUser, UUID.randomUUID(), Instant.now(), false));

            assertThat(notify.refused).isEmpty();
            assertThat(notify.calls).hasSize(2);
            NotifyStandIn.Call email = notify.calls.get(0);
            assertThat(email.path()).isEqualTo("/v2/notifications/email");
            assertThat(email.issuer()).isEqualTo(notify.serviceId);
            JsonNode e = email.body();
            assertThat(e.path("email_address").asText()).isEqualTo(byEmail);
            assertThat(e.path("template_id").asText()).isEqualTo(EMAIL_TEMPLATE);
            assertThat(e.path("personalisation").path("subject").asText()).isEqualTo("Someone you referred went to " + listing);
            assertThat(e.path("personalisation").path("body").asText()).contains("http://localhost:8080/console/referrals/" + referral);
            assertThat(e.path("reference").asText()).startsWith("referral.attended/").doesNotContain(byEmail);
            assertThat(e.path("one_click_unsubscribe_url").asText()).startsWith("http://localhost:8080/notifications/unsubscribe?token=");

            NotifyStandIn.Call text = notify.calls.get(1);
            assertThat(text.path()).isEqualTo("/v2/notifications/sms");
            assertThat(text.issuer()).isEqualTo(notify.serviceId);
            JsonNode s = text.body();
            assertThat(s.path("phone_number").asText()).isEqualTo("07700900123");
            assertThat(s.path("template_id").asText()).isEqualTo(SMS_TEMPLATE);
            assertThat(s.path("personalisation").path("body").asText()).as("in Welsh, as chosen")
                    .startsWith("Signpost: mae " + listing + " wedi derbyn eich atgyfeiriad")
                    .contains("http://localhost:8080/console/referrals/" + referral);
            assertThat(s.path("reference").asText()).startsWith("referral.accepted/");
        }
    }

    private static void deliver(ApplicationContext context, EventNotifications notifications, PlatformEvent event) {
        var schema = EventTypes.schemaOf(event);
        notifications.deliver(new StoredEvent(UUID.randomUUID(), schema.type(), schema.version(), schema.subject(), event.subjectId(),
                Instant.now(), event, context.getBean(EventTypes.class).write(event)));
    }
}
