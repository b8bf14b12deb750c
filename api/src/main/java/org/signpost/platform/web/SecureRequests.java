package org.signpost.platform.web;

import io.micronaut.http.HttpRequest;

/** Whether a request reached us over TLS, directly or through a proxy we are told to trust. */
final class SecureRequests {

    private SecureRequests() {
    }

    static boolean isSecure(HttpRequest<?> request, HttpSettings settings) {
        if (request.isSecure()) {
            return true;
        }
        if (!settings.trustForwardedHeaders()) {
            return false;
        }
        String forwarded = request.getHeaders().get("X-Forwarded-Proto");
        if (forwarded == null) {
            return false;
        }
        int comma = forwarded.indexOf(',');
        String first = (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
        return first.equalsIgnoreCase("https");
    }
}
