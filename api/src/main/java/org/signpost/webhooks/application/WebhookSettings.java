package org.signpost.webhooks.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.signpost.webhooks.model.WebhookTargetPolicy;

/**
 * Webhooks ({@code signpost.webhooks.*}).
 *
 * @param allowHttpLocalhost    accept {@code http://localhost} targets (dev and tests only; production wants https)
 * @param allowPrivateAddresses accept targets at private, loopback or link-local addresses (off: the SSRF guard)
 * @param disableAfter          failed attempts in a row after which a subscription is disabled, with the reason
 * @param connectTimeout        how long to wait for a partner's endpoint to accept the connection
 * @param timeout               how long to wait for its answer
 * @param encryptionKey         key material for the signing secrets kept in the database (at least 32 bytes, from the
 *                              environment); without it one is derived from {@code signpost.jwt.secret}, so rotating
 *                              that secret would make every webhook secret unreadable: set this in a deployment
 * @param source                the CloudEvents {@code source} of every event sent, and the base of its links
 *                              (e.g. {@code https://signpost.example.org}); the default is the relative {@code /}
 */
@ConfigurationProperties("signpost.webhooks")
public record WebhookSettings(
        @Bindable(defaultValue = "false") boolean allowHttpLocalhost,
        @Bindable(defaultValue = "false") boolean allowPrivateAddresses,
        @Bindable(defaultValue = "10") int disableAfter,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "10s") Duration timeout,
        @Nullable String encryptionKey,
        @Nullable String source) {

    public WebhookTargetPolicy.Rules rules() {
        return new WebhookTargetPolicy.Rules(allowHttpLocalhost, allowPrivateAddresses);
    }

    /** The base of links in events: {@code source} without a trailing slash, or empty for relative links. */
    public String base() {
        String s = source == null ? "" : source.trim();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
