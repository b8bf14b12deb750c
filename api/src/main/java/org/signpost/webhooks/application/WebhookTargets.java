package org.signpost.webhooks.application;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import org.signpost.webhooks.model.WebhookTargetPolicy;

/** Applies {@link WebhookTargetPolicy} to a URL, resolving its host here and now. */
@Singleton
class WebhookTargets {

    private final WebhookSettings settings;

    WebhookTargets(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Why this URL may not be sent to, or empty when it may. */
    Optional<String> refuse(String url) {
        Optional<String> shape = WebhookTargetPolicy.refuseUrl(url, settings.rules());
        if (shape.isPresent()) {
            return shape;
        }
        String host = URI.create(url.trim()).getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return WebhookTargetPolicy.refuseAddresses(host, Arrays.asList(InetAddress.getAllByName(bare)), settings.rules());
        } catch (UnknownHostException e) {
            return Optional.of("has a host that cannot be found (" + host + ")");
        }
    }
}
