package org.signpost.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A member of staff opening /console/ or a link from a notification email (/console/referrals/{id}, /console/listings/{id})
 * gets the console's page, without signing in first (the page holds nothing personal), under the strict CSP; its script is a
 * different one from the resident app's.
 */
@MicronautTest(transactional = false)
class ConsoleIsServedUnderConsoleTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theConsoleAndItsDeepLinksAllOpenTheConsolePage() {
        String resident = http.toBlocking().retrieve("/");
        for (String path : new String[] {"/console/", "/console/referrals/5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11",
                "/console/listings/5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11", "/console/caseload"}) {
            HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET(path), String.class);

            assertThat(page.getStatus().getCode()).as(path).isEqualTo(200);
            assertThat(page.getContentType()).get().asString().startsWith("text/html");
            assertThat(page.body()).contains("Signpost console").contains("<div id=\"app\">").isNotEqualTo(resident);
            assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'");
        }
        Matcher script = Pattern.compile("<script type=\"module\" crossorigin src=\"(/assets/console-[^\"]+\\.js)\"")
                .matcher(http.toBlocking().retrieve("/console/"));
        assertThat(script.find()).isTrue();
        assertThat(http.toBlocking().exchange(HttpRequest.GET(script.group(1)), String.class).getStatus().getCode()).isEqualTo(200);
    }

    @Test
    void consoleWithoutTheSlashGoesToTheConsole() {
        HttpResponse<String> moved = http.toBlocking().exchange(HttpRequest.GET("/console"), String.class);
        // the client follows the redirect to /console/
        assertThat(moved.body()).contains("Signpost console");
    }
}
