package org.signpost.residentapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A resident opening http://localhost:8080/ (or a shared /listing/{id} link) gets the app; its scripts and styles come from
 * the same server; the API's own paths still answer as the contract says.
 */
@MicronautTest(transactional = false)
class ResidentAppIsServedAtTheRootTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyKindOfPageOpensTheApp() {
        String id = "5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11";
        // one address of each kind of page in resident/pages.ts, which the build hands to the server as web/pages.json
        for (String path : new String[] {"/", "/listing/" + id + "?at=0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "/sign-in",
                "/sign-up/check-your-email", "/account/verify?token=x", "/refer/" + id + "/check", "/questionnaire/" + id + "/2"}) {
            HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET(path), String.class);

            assertThat(page.getStatus().getCode()).as(path).isEqualTo(200);
            assertThat(page.getContentType()).get().asString().startsWith("text/html");
            assertThat(page.body()).contains("<div id=\"app\">").contains("Find what's on near you");
            assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        }
    }

    @Test
    void theAppsScriptsAndStylesAreServedFromTheSameServerWithNothingInline() {
        String shell = http.toBlocking().retrieve("/");
        Matcher script = Pattern.compile("<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"").matcher(shell);
        Matcher style = Pattern.compile("<link rel=\"stylesheet\" crossorigin href=\"(/assets/[^\"]+\\.css)\"").matcher(shell);
        assertThat(script.find()).as("the app's script in %s", shell).isTrue();
        assertThat(style.find()).as("the app's styles in %s", shell).isTrue();
        assertThat(shell).as("no inline script or style (strict CSP)").doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContain("<style").doesNotContain(" style=");

        HttpResponse<String> js = http.toBlocking().exchange(HttpRequest.GET(script.group(1)), String.class);
        assertThat(js.getContentType()).get().asString().contains("javascript");
        HttpResponse<String> css = http.toBlocking().exchange(HttpRequest.GET(style.group(1)), String.class);
        assertThat(css.getContentType()).get().asString().startsWith("text/css");
        assertThat(css.body()).as("no third-party fonts").doesNotContain("assets.nhs.uk");
    }

    @Test
    void theApiStillAnswersBesideTheApp() {
        HttpResponse<String> suggest = http.toBlocking().exchange(HttpRequest.GET("/search/suggest?prefix=wal"), String.class);
        assertThat(suggest.getContentType()).get().asString().startsWith("application/json");

        HttpClientResponseException missing = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/oruk/services/5b0b7f1e-2f43-4a40-9a52-6f1d5a0f7c11"), String.class));
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(missing.getResponse().getContentType()).get().asString().startsWith("application/problem+json");

        HttpClientResponseException noPage = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/listing/not-a-listing/deeper"), String.class));
        assertThat(noPage.getStatus().getCode()).isEqualTo(404);
    }
}
