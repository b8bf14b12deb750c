package org.signpost.notifications.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;
import org.signpost.notifications.application.EmailChannel;
import org.signpost.notifications.application.OutgoingEmail;
import org.signpost.notifications.application.OutgoingSms;
import org.signpost.notifications.application.SmsChannel;
import org.signpost.notifications.application.TransactionalEmail.EmailNotSent;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Email and text messages through GOV.UK Notify ({@code signpost.notifications.channel=notify}), with Notify's own Java
 * client: Signpost's rendered words go as the personalisation {@code subject} and {@code body} of one Notify email
 * template and one text message template; the reference names the template, never the person.
 */
@Singleton
@Requires(property = "signpost.notifications.channel", value = "notify")
class NotifyChannel implements EmailChannel, SmsChannel {

    private final NotificationClient client;
    private final NotifySettings settings;

    NotifyChannel(NotifySettings settings) {
        if (blank(settings.apiKey()) || blank(settings.emailTemplateId())) {
            throw new ConfigurationException(NotificationChannelCheck.NOTIFY_MISSING);
        }
        this.settings = settings;
        this.client = new NotificationClient(settings.apiKey(), settings.baseUrl());
    }

    @Override
    public void send(OutgoingEmail email) {
        try {
            client.sendEmail(settings.emailTemplateId(), email.to(), Map.of("subject", email.subject(), "body", email.text()),
                    email.reference(), settings.emailReplyToId(), email.unsubscribeUrl() == null ? null : URI.create(email.unsubscribeUrl()));
        } catch (NotificationClientException e) {
            throw new EmailNotSent("GOV.UK Notify did not take the email (" + email.reference() + "): HTTP " + e.getHttpResult()
                    + " " + e.getMessage(), e);
        }
    }

    @Override
    public void send(OutgoingSms sms) {
        if (blank(settings.smsTemplateId())) {
            throw new EmailNotSent("no text message template: set SIGNPOST_NOTIFY_SMS_TEMPLATE_ID (" + sms.reference() + ")", null);
        }
        try {
            client.sendSms(settings.smsTemplateId(), sms.phoneNumber(), Map.of("body", sms.text()), sms.reference());
        } catch (NotificationClientException e) {
            throw new EmailNotSent("GOV.UK Notify did not take the text message (" + sms.reference() + "): HTTP " + e.getHttpResult()
                    + " " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "notify";
    }

    /** Whether text messages can go out (a Notify SMS template is configured). */
    boolean canText() {
        return !blank(settings.smsTemplateId());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
