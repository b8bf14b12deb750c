package org.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With no trusted proxy configured, a guesser cannot dodge the per-address limit by inventing X-Forwarded-For. */
@MicronautTest(transactional = false)
@Property(name = "signpost.auth.throttle.address-attempts", value = "5")
class ForwardedForIsIgnoredUnlessFromATrustedProxyTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aNewForwardedForOnEachGuessDoesNotResetTheAddressLimit() {
        for (int i = 0; i < 5; i++) {
            assertThat(guess("10.9.8." + i)).isEqualTo(401);
        }

        assertThat(guess("10.9.8.99")).isEqualTo(429);
    }

    private int guess(String forwardedFor) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/login",
                    Map.of("username", "nobody-" + UUID.randomUUID() + "@test.signpost", "password", "a guess"))
                    .header("X-Forwarded-For", forwardedFor), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
