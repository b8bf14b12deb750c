package org.signpost.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a page on another origin may make a request (CORS). Open data is open to every
 * origin: the ORUK feed and anonymous search reads. Everything else (sign-in, the console, any
 * request with a bearer token) only to the configured origins. Credentials (cookies) are never
 * allowed: the API takes bearer tokens, which a page sends explicitly.
 */
final class CrossOriginRule {

    enum Verdict { SAME_ORIGIN, ANY_ORIGIN, LISTED_ORIGIN, REFUSED }

    private final HttpSettings settings;

    CrossOriginRule(HttpSettings settings) {
        this.settings = settings;
    }

    /** The verdict on a request; a preflight is judged by the method and headers it announces. */
    Verdict judge(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || isOwnOrigin(request, origin)) {
            return Verdict.SAME_ORIGIN;
        }
        if (isOpenData(request)) {
            return Verdict.ANY_ORIGIN;
        }
        return settings.corsAllowedOrigins().contains(origin) ? Verdict.LISTED_ORIGIN : Verdict.REFUSED;
    }

    static boolean isPreflight(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    }

    /** /oruk/** whatever the method (the feed is read-only), and GET/HEAD /search/** without a token. */
    private static boolean isOpenData(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals("/oruk") || path.startsWith("/oruk/")) {
            return true;
        }
        if (!path.startsWith("/search/")) {
            return false;
        }
        if (isPreflight(request)) {
            String method = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, String.class, "");
            String headers = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, String.class, "");
            return (method.equals("GET") || method.equals("HEAD"))
                    && !headers.toLowerCase(Locale.ROOT).contains("authorization");
        }
        return (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
    }

    /** A page served by this API itself (the web apps at / and /console/) is not a cross-origin caller. */
    private boolean isOwnOrigin(HttpRequest<?> request, String origin) {
        String host = Optional.ofNullable(settings.trustForwardedHeaders() ? request.getHeaders().get("X-Forwarded-Host") : null)
                .orElse(request.getHeaders().get(HttpHeaders.HOST));
        if (host == null) {
            return false;
        }
        String scheme = SecureRequests.isSecure(request, settings) ? "https" : "http";
        return origin.equalsIgnoreCase(scheme + "://" + host.trim());
    }
}
