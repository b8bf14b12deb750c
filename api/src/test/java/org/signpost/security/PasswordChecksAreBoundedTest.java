package org.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Only so many password checks run at once; a sign-in that finds none free is refused at once
 * (503 problem+json with Retry-After) instead of queueing behind bcrypt and eating every processor.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.auth.bcrypt-cost", value = "12")
@Property(name = "signpost.auth.throttle.concurrent-password-checks", value = "1")
@Property(name = "signpost.auth.throttle.password-check-wait", value = "PT0S")
class PasswordChecksAreBoundedTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aFloodOfSignInsBeyondThePasswordChecksIsRefusedWith503AndRetryAfter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<HttpResponse<?>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(CompletableFuture.supplyAsync(this::wrongSignIn, pool));
            }
            List<HttpResponse<?>> answers = calls.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(HttpResponse::code).containsOnly(401, 503);
            HttpResponse<?> busy = answers.stream().filter(r -> r.code() == 503).findFirst().orElseThrow();
            assertThat(busy.getHeaders().get("Retry-After")).isEqualTo("1");
            assertThat(busy.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/problem+json"));
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<?> wrongSignIn() {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/login",
                    Map.of("username", "nobody-" + UUID.randomUUID() + "@test.signpost", "password", "a guess")), String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}
