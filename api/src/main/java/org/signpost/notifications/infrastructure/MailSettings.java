package org.signpost.notifications.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * SMTP ({@code signpost.mail.*}, e.g. {@code SIGNPOST_MAIL_HOST}): the relay, how the connection is secured
 * ({@code starttls}: upgrade and require it, the default; {@code tls}: TLS from the first byte, e.g. port 465;
 * {@code none}: only for a relay on the same host or the dev stack's in-process server), credentials (from the
 * environment) and the From address.
 */
@ConfigurationProperties("signpost.mail")
public record MailSettings(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Bindable(defaultValue = "starttls") String tls,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "Signpost <no-reply@signpost.invalid>") String from,
        @Bindable(defaultValue = "PT10S") Duration timeout) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
