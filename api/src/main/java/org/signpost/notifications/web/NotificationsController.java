package org.signpost.notifications.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.signpost.contract.model.NotificationChannel;
import org.signpost.contract.model.NotificationLanguage;
import org.signpost.contract.model.NotificationPreferences;
import org.signpost.contract.model.NotificationPreferencesUpdate;
import org.signpost.contract.model.NotificationTemplateList;
import org.signpost.contract.model.NotificationTemplatePreview;
import org.signpost.contract.model.NotificationTemplatePreviewRequest;
import org.signpost.contract.model.NotificationTemplateSummary;
import org.signpost.contract.model.NotificationTopic;
import org.signpost.contract.model.OneClickUnsubscribeListUnsubscribe;
import org.signpost.contract.model.UnsubscribeResult;
import org.signpost.contract.server.NotificationsApi;
import org.signpost.notifications.application.MessageTemplates;
import org.signpost.notifications.application.NotificationPreferences.View;
import org.signpost.notifications.model.ChannelChoice.Channel;
import org.signpost.notifications.model.MessageTemplate;
import org.signpost.notifications.model.RenderedMessage;
import org.signpost.notifications.model.TemplateRendering;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.security.web.CurrentActor;

/**
 * A person's notification preferences (any signed-in role), the one-click unsubscribe (no sign-in: the signed token is
 * the authority) and an ADMIN's view and preview of the templates.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationsController implements NotificationsApi {

    private final CurrentActor currentActor;
    private final org.signpost.notifications.application.NotificationPreferences preferences;
    private final MessageTemplates templates;

    NotificationsController(CurrentActor currentActor, org.signpost.notifications.application.NotificationPreferences preferences,
            MessageTemplates templates) {
        this.currentActor = currentActor;
        this.preferences = preferences;
        this.templates = templates;
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public NotificationPreferences getNotificationPreferences() {
        return wire(preferences.view(currentActor.get()));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public NotificationPreferences updateNotificationPreferences(NotificationPreferencesUpdate in) {
        return wire(preferences.update(currentActor.get(), Channel.valueOf(in.getChannel().name()), in.getPhone(),
                in.getLanguage().getValue(), in.getUnsubscribed()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public UnsubscribeResult unsubscribe(String token, @Nullable OneClickUnsubscribeListUnsubscribe listUnsubscribe) {
        return new UnsubscribeResult(preferences.unsubscribe(token), false);
    }

    @Override
    @Secured("ADMIN")
    public NotificationTemplateList listNotificationTemplates() {
        return new NotificationTemplateList(templates.all().stream().map(NotificationsController::summary).toList());
    }

    @Override
    @Secured("ADMIN")
    public NotificationTemplatePreview previewNotificationTemplate(String key, @Nullable NotificationTemplatePreviewRequest in) {
        MessageTemplate template = templates.find(key).orElseThrow(() -> new NotFoundException("No message template " + key));
        Map<String, String> values = new HashMap<>(template.samples());
        if (in != null && in.getValues() != null) {
            for (Map.Entry<String, String> given : in.getValues().entrySet()) {
                if (!template.placeholders().contains(given.getKey())) {
                    throw new InvalidInputException("values." + given.getKey(), "is not a placeholder of " + key + ": it takes "
                            + new TreeSet<>(template.placeholders()));
                }
                values.put(given.getKey(), given.getValue());
            }
        }
        String language = in == null || in.getLanguage() == null ? MessageTemplate.ENGLISH : in.getLanguage();
        RenderedMessage m = TemplateRendering.render(template, Locale.forLanguageTag(language), values);
        NotificationTemplatePreview out = new NotificationTemplatePreview(key, m.language(), m.fellBackToEnglish(), m.subject(), m.text(),
                m.html());
        if (m.sms() != null) {
            out.sms(m.sms());
        }
        return out;
    }

    private static NotificationTemplateSummary summary(MessageTemplate t) {
        boolean sms = t.wordings().values().stream().anyMatch(w -> w.sms() != null);
        return new NotificationTemplateSummary(t.key(), t.essential(), List.copyOf(new TreeSet<>(t.wordings().keySet())),
                List.copyOf(new TreeSet<>(t.placeholders())), sms);
    }

    private static NotificationPreferences wire(View view) {
        NotificationPreferences out = new NotificationPreferences(NotificationChannel.fromValue(view.channel().name().toLowerCase(Locale.ROOT)),
                NotificationLanguage.fromValue(view.language()), view.topics().stream()
                .map(t -> new NotificationTopic(t.key(), t.essential(), t.subscribed())).toList());
        if (view.phone() != null) {
            out.phone(view.phone());
        }
        return out;
    }
}
