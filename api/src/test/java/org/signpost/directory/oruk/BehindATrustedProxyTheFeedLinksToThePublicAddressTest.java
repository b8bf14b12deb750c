package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Deployed behind a reverse proxy that terminates TLS (and says so in X-Forwarded-*), the feed's
 * openapi_url is the address the public used, not the proxy's view of us.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.http.trust-forwarded-headers", value = "true")
class BehindATrustedProxyTheFeedLinksToThePublicAddressTest {

    @Inject
    OrukCalls calls;

    @Test
    void theOpenApiUrlIsWhereTheCallerReachedUs() {
        String proxied = calls.exchange(HttpRequest.GET("/oruk/")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "directory.example.gov.uk")).body();
        String protoOnly = calls.exchange(HttpRequest.GET("/oruk/")
                .header("Host", "feed.example.gov.uk")
                .header("X-Forwarded-Proto", "https")).body();

        assertThat(OrukSpec.validate("/oruk/", proxied).path("openapi_url").asText())
                .isEqualTo("https://directory.example.gov.uk/openapi/signpost.yaml");
        assertThat(OrukSpec.validate("/oruk/", protoOnly).path("openapi_url").asText())
                .isEqualTo("https://feed.example.gov.uk/openapi/signpost.yaml");
    }
}
