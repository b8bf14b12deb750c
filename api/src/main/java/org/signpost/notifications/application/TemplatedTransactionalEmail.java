package org.signpost.notifications.application;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.signpost.notifications.model.RenderedMessage;
import org.signpost.notifications.model.TemplateRendering;

/** {@link TransactionalEmail} through the configured {@link EmailChannel}, rendered from the templates held as data. */
@Singleton
class TemplatedTransactionalEmail implements TransactionalEmail {

    private final MessageTemplates templates;
    private final EmailChannel channel;

    TemplatedTransactionalEmail(MessageTemplates templates, EmailChannel channel) {
        this.templates = templates;
        this.channel = channel;
    }

    @Override
    public void send(String to, String template, Locale language, Map<String, String> values) {
        RenderedMessage message = TemplateRendering.render(templates.get(template), language, values);
        // the reference names the template, never the person: it shows in the channel's own records
        channel.send(new OutgoingEmail(to, message.subject(), message.text(), message.html(),
                template + "/" + UUID.randomUUID(), null));
    }
}
