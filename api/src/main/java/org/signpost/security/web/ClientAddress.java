package org.signpost.security.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.signpost.security.application.SignInThrottleSettings;

/**
 * The address a request came from, for throttling. {@code X-Forwarded-For} is believed only when
 * the connection comes from a configured trusted proxy; then the client is the right-most entry
 * that is not itself a trusted proxy (entries to its left are whatever the client chose to send).
 */
@Singleton
public class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(SignInThrottleSettings settings) {
        this.trustedProxies = Set.copyOf(settings.trustedProxies());
    }

    public String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
        String client = peer;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String[] hops = forwarded.get(i).split(",");
            for (int j = hops.length - 1; j >= 0; j--) {
                String hop = hops[j].trim();
                if (hop.isEmpty()) {
                    continue;
                }
                client = hop;
                if (!trustedProxies.contains(hop)) {
                    return hop;
                }
            }
        }
        return client;
    }
}
