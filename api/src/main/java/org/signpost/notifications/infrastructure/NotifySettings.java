package org.signpost.notifications.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * GOV.UK Notify ({@code signpost.notify.*}, e.g. {@code SIGNPOST_NOTIFY_API_KEY}): the API key (from the environment),
 * the API's address (the default is Notify's; tests point it at a stand-in), and the two Notify templates Signpost sends
 * through: an email template whose subject is {@code ((subject))} and body {@code ((body))}, and a text message template
 * whose body is {@code ((body))}. The wording itself is Signpost's templates, held as data, so both channels say the same.
 */
@ConfigurationProperties("signpost.notify")
public record NotifySettings(
        @Nullable String apiKey,
        @Bindable(defaultValue = "https://api.notifications.service.gov.uk") String baseUrl,
        @Nullable String emailTemplateId,
        @Nullable String smsTemplateId,
        @Nullable String emailReplyToId) {
}
