package org.signpost.testing;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * The bearer token the generated client sends on the test's behalf: tests say whose token is in
 * use with {@link #use(String)}; null sends none.
 */
@ClientFilter(serviceId = "signpost")
public class Bearer {

    private static final ThreadLocal<String> TOKEN = new ThreadLocal<>();

    public static void use(String token) {
        TOKEN.set(token);
    }

    /** The token in use on this thread, or null. */
    public static String current() {
        return TOKEN.get();
    }

    public static void clear() {
        TOKEN.remove();
    }

    @RequestFilter
    void authorize(MutableHttpRequest<?> request) {
        String token = TOKEN.get();
        if (token != null) {
            request.bearerAuth(token);
        }
    }
}
