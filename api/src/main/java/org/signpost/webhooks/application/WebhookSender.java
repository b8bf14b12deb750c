package org.signpost.webhooks.application;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.signpost.webhooks.model.WebhookSignature;

/**
 * Sends one signed request to one endpoint with the JDK's HTTP client: bounded waits, redirects never followed (a
 * redirect could lead past the address check), the response body discarded. Interrupting the caller's thread
 * abandons the request with {@link InterruptedException}, which the dispatcher takes as "stopping".
 */
@Singleton
class WebhookSender {

    /** What the endpoint answered: a 2xx status is delivered; anything else, or no answer, failed. */
    record Outcome(boolean delivered, Integer statusCode, String error, int durationMs) {
    }

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final HttpClient client;
    private final WebhookSettings settings;
    private final WebhookTargets targets;
    private final Clock clock;

    WebhookSender(WebhookSettings settings, WebhookTargets targets, Clock clock) {
        this.settings = settings;
        this.targets = targets;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Outcome send(String url, String secret, UUID eventId, byte[] body) throws InterruptedException {
        long started = System.nanoTime();
        Optional<String> refused = targets.refuse(url);
        if (refused.isPresent()) {
            return new Outcome(false, null, "Not sent: the URL " + refused.get(), elapsed(started));
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.trim())).timeout(settings.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Signpost-Webhooks/1")
                .header("webhook-id", eventId.toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, eventId.toString(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, ok ? null : "HTTP " + status, elapsed(started));
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Outcome(false, null, why, elapsed(started));
        }
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
