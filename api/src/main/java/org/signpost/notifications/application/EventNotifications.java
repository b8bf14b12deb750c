package org.signpost.notifications.application;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.signpost.notifications.model.ChannelChoice;
import org.signpost.notifications.model.ChannelChoice.Channel;
import org.signpost.notifications.model.DeclineReasons;
import org.signpost.notifications.model.MessageTemplate;
import org.signpost.notifications.model.Notice;
import org.signpost.notifications.model.RenderedMessage;
import org.signpost.notifications.model.TemplateRendering;
import org.signpost.notifications.model.WhoHearsWhat;
import org.signpost.platform.events.EventSubscriber;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.platform.events.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people what happened, from platform events ({@link WhoHearsWhat}): for each person in the event's audience,
 * renders the template in their language and sends it by the channel they chose ({@link ChannelChoice}), with a
 * one-click unsubscribe link on every message that is not essential. Each person told (or deliberately not told) is
 * recorded at once, so when one send fails and the dispatcher retries the event, nobody gets it twice.
 */
@Singleton
public class EventNotifications implements EventSubscriber {

    public static final String NAME = "notifications";
    private static final Logger LOG = LoggerFactory.getLogger(EventNotifications.class);

    private final MessageTemplates templates;
    private final Recipients recipients;
    private final NotificationLog log;
    private final EmailChannel email;
    private final SmsChannel sms;
    private final UnsubscribeTokens tokens;
    private final String publicUrl;
    private final Clock clock;

    EventNotifications(MessageTemplates templates, Recipients recipients, NotificationLog log, EmailChannel email,
            @Nullable SmsChannel sms, UnsubscribeTokens tokens,
            @Value("${signpost.notifications.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.templates = templates;
        this.recipients = recipients;
        this.log = log;
        this.email = email;
        this.sms = sms;
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean wants(PlatformEvent event) {
        return WhoHearsWhat.of(event).isPresent();
    }

    @Override
    public void deliver(StoredEvent event) {
        Optional<Notice> found = WhoHearsWhat.of(event.event());
        if (found.isEmpty()) {
            return;
        }
        Notice notice = found.get();
        MessageTemplate template = templates.get(notice.template());
        Set<java.util.UUID> handled = log.handled(event.id());
        String listing = notice.serviceId() == null ? null : recipients.listingName(notice.serviceId()).orElse("your listing");
        for (Recipient person : recipients.of(notice.audience())) {
            if (handled.contains(person.userId())) {
                continue;
            }
            ChannelChoice.Decision decision = ChannelChoice.decide(person.preferred(), template.essential(),
                    person.optedOut().contains(template.key()), person.email() != null, person.phone() != null, sms != null,
                    template.wordingFor(Locale.forLanguageTag(person.language())).wording().sms() != null);
            if (decision.channel() == Channel.NONE) {
                LOG.debug("{} not sent to user {} for event {}: {}", template.key(), person.userId(), event.id(), decision.reason());
                log.record(event.id(), person.userId(), template.key(), "skipped", clock.instant());
                continue;
            }
            RenderedMessage message = TemplateRendering.render(template, Locale.forLanguageTag(person.language()),
                    values(notice, listing, person.language()));
            // the reference names the template and the event, never the person: it shows in the channel's own records
            String reference = template.key() + "/" + event.id();
            if (decision.channel() == Channel.SMS) {
                sms.send(new OutgoingSms(person.phone(), message.sms(), reference));
            } else {
                String unsubscribe = template.essential() ? null
                        : publicUrl + "/notifications/unsubscribe?token=" + tokens.issue(person.userId(), template.key());
                email.send(new OutgoingEmail(person.email(), message.subject(), message.text(), message.html(), reference, unsubscribe));
            }
            log.record(event.id(), person.userId(), template.key(), decision.channel().name().toLowerCase(Locale.ROOT), clock.instant());
        }
    }

    private Map<String, String> values(Notice notice, String listing, String language) {
        Map<String, String> values = new HashMap<>();
        values.put("link", publicUrl + notice.linkPath());
        if (listing != null) {
            values.put("listing", listing);
        }
        values.put("reason", DeclineReasons.wording(notice.reasonCode(), language));
        return values;
    }
}
