package org.signpost.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every response carries, errors and preflights included (this filter is the outermost):
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} everywhere;</li>
 * <li>{@code Cache-Control: no-store} unless the response says otherwise or is public, unchanging
 *     content (the contract, the API explorer, the web app's content-hashed assets) or the ORUK feed, which sets its own caching: personal
 *     data and tokens never sit in a browser or proxy cache;</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS ({@link SecureRequests});</li>
 * <li>a content security policy: the configured one for HTML, and nothing at all for anything else,
 *     which a browser should never render.</li>
 * </ul>
 */
@ServerFilter("/**")
final class SecurityHeadersFilter implements Ordered {

    static final String NOT_A_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final HttpSettings settings;

    SecurityHeadersFilter(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpHeaders headers = response.getHeaders();
        response.header("X-Content-Type-Options", "nosniff");
        String path = request.getPath();
        if (!headers.contains(HttpHeaders.CACHE_CONTROL) && !isPublicContent(path)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (SecureRequests.isSecure(request, settings)) {
            response.header("Strict-Transport-Security", "max-age=" + settings.hstsMaxAge().toSeconds() + "; includeSubDomains");
        }
        if (!headers.contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", isHtml(path, response) ? settings.htmlPolicy() : NOT_A_DOCUMENT_POLICY);
        }
    }

    private static boolean isPublicContent(String path) {
        return path.startsWith("/oruk") || path.startsWith("/openapi/") || path.startsWith("/swagger-ui/") || path.startsWith("/assets/");
    }

    /** Static files get their content type after the filters have run, so a page is also known by its name. */
    private static boolean isHtml(String path, MutableHttpResponse<?> response) {
        return response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)
                || path.endsWith(".html") || path.endsWith("/");
    }
}
