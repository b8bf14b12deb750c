package org.signpost.residentapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A deployment points the resident app's map at its own tile server without rebuilding the app (signpost.web.*, written
 * into the shell as it is served, escaped); the app's own screens are deep links that open the app; the service worker and
 * the web app manifest are served from the root, the worker stamped with the release it belongs to.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.web.tile-url", value = "https://tiles.example.org/{z}/{x}/{y}.png?k=\"1\"")
@Property(name = "signpost.web.tile-attribution", value = "© Example Maps <and friends>")
class ResidentAppTilesAndWorkerAreSetAtRunTimeTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theTileServerConfiguredAtRunTimeIsInTheShellEscaped() {
        String shell = http.toBlocking().retrieve("/");

        assertThat(shell).contains("<meta name=\"signpost:tiles\" content=\"https://tiles.example.org/{z}/{x}/{y}.png?k=&quot;1&quot;\""
                + " data-attribution=\"© Example Maps &lt;and friends&gt;\">");
    }

    @Test
    void theResidentsOwnScreensAreDeepLinksIntoTheApp() {
        for (String path : new String[] {"/sign-in?next=/account", "/account", "/refer/5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11",
            "/refer/5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11/check", "/questionnaire/5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11/2",
            "/sign-up", "/sign-up/check-your-email", "/account/verify?token=abc",
            "/account/reset?token=abc", "/account/invitation?token=abc", "/account/claim?token=abc"}) {
            HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
            assertThat(page.body()).as(path).contains("<div id=\"app\">");
        }
    }

    @Test
    void theServiceWorkerAndManifestAreServedFromTheRoot() {
        HttpResponse<String> worker = http.toBlocking().exchange(HttpRequest.GET("/sw.js"), String.class);
        assertThat(worker.getContentType()).get().asString().startsWith("text/javascript");
        assertThat(worker.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(worker.header("Content-Security-Policy")).as("the worker may fetch from its own origin").startsWith("default-src 'self'");
        assertThat(worker.body()).doesNotContain("__SIGNPOST_RELEASE__").containsPattern("const RELEASE = '[0-9a-f]{16}'");
        assertThat(worker.body()).as("the app's pages, written in by the build").doesNotContain("__SIGNPOST_APP_PAGES__")
                .contains("new RegExp(\"^(?:/|/listing/");

        HttpResponse<String> manifest = http.toBlocking().exchange(HttpRequest.GET("/manifest.webmanifest"), String.class);
        assertThat(manifest.getContentType()).get().asString().startsWith("application/manifest+json");
        assertThat(manifest.body()).contains("\"start_url\": \"/\"").contains("/assets/icons/icon-512.png");
        HttpResponse<byte[]> icon = http.toBlocking().exchange(HttpRequest.GET("/assets/icons/icon-512.png"), byte[].class);
        assertThat(icon.getStatus().getCode()).isEqualTo(200);
    }
}
