package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.LoginRequest;
import org.signpost.security.model.Role;
import org.signpost.testing.TestUsers;

/**
 * Tokens and personal data are never kept by a browser or proxy cache, nothing is content-sniffed,
 * HTML pages run under a strict content security policy, and browsers are told to stay on HTTPS
 * once they reached us over it (here: through a proxy we trust).
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.http.trust-forwarded-headers", value = "true")
@Property(name = "signpost.http.image-sources", value = "https://tiles.example.org")
class SecurityHeadersTest {

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Inject
    TestUsers users;

    @Test
    void tokensAreNeitherCachedNorSniffed() {
        String admin = users.create(Role.ADMIN);
        HttpResponse<String> login = raw.toBlocking().exchange(HttpRequest.POST("/login", new LoginRequest(admin, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON), String.class);

        assertThat(login.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(login.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeaders().get("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void anErrorIsNotCachedEither() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> raw.toBlocking().exchange(HttpRequest.GET("/admin/audit-log")));

        assertThat(e.getStatus().getCode()).isEqualTo(401);
        assertThat(e.getResponse().getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(e.getResponse().getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theApiExplorerRunsUnderAStrictPolicyThatAllowsTheConfiguredTiles() {
        HttpResponse<String> page = raw.toBlocking().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);

        String policy = page.getHeaders().get("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .contains("img-src 'self' data: https://tiles.example.org")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() {
        HttpResponse<String> overTls = raw.toBlocking().exchange(HttpRequest.GET("/health").header("X-Forwarded-Proto", "https"), String.class);
        HttpResponse<String> plain = raw.toBlocking().exchange(HttpRequest.GET("/health"), String.class);

        assertThat(overTls.getHeaders().get("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(plain.getHeaders().get("Strict-Transport-Security")).isNull();
    }

    @Test
    void theOrukFeedKeepsItsOwnCachingAndOpenness() {
        HttpResponse<String> feed = raw.toBlocking().exchange(HttpRequest.GET("/oruk/services"), String.class);

        assertThat(feed.getHeaders().get("Cache-Control")).isNotEqualTo("no-store");
        assertThat(feed.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(feed.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
