package org.signpost.platform.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpHostResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The scheme and host a caller used to reach us, for the links we send back (ORUK's openapi_url).
 * Behind a reverse proxy that terminates TLS, that is what its {@code X-Forwarded-Proto} /
 * {@code X-Forwarded-Host} / {@code X-Forwarded-Port} say; but anyone can send those headers, and
 * a public response that repeats them can be cached by a CDN for everyone, so they are believed
 * only when {@code signpost.http.trust-forwarded-headers} is true (the proxy must then overwrite
 * them). Otherwise the {@code Host} header and the connection's own scheme are used. Micronaut's
 * own default believes {@code X-Forwarded-Host} from anyone and ignores a lone
 * {@code X-Forwarded-Proto}; {@code micronaut.server.host-resolution.*}, when set, still wins.
 */
@Singleton
@Replaces(DefaultHttpHostResolver.class)
class ForwardedHostResolver extends DefaultHttpHostResolver {

    private final boolean trustForwarded;

    ForwardedHostResolver(HttpServerConfiguration configuration, BeanProvider<EmbeddedServer> server,
            HttpSettings settings) {
        super(configuration, server);
        this.trustForwarded = settings.trustForwardedHeaders();
    }

    @Override
    protected String getDefaultHost(HttpRequest request) {
        if (!trustForwarded) {
            return getConfiguredHost(request, null, "Host", null, true);
        }
        String host = request.getHeaders().get("X-Forwarded-Host") != null ? "X-Forwarded-Host" : "Host";
        return getConfiguredHost(request, "X-Forwarded-Proto", host, "X-Forwarded-Port", true);
    }
}
