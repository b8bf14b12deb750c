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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.security.model.Role;
import org.signpost.testing.TestUsers;

/**
 * Guessing passwords is throttled per account and per client address: 429 problem+json with
 * Retry-After. The tests come from different addresses through a trusted proxy (X-Forwarded-For),
 * which also shows the header is believed from that proxy.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.auth.throttle.account-attempts", value = "5")
@Property(name = "signpost.auth.throttle.address-attempts", value = "12")
@Property(name = "signpost.auth.throttle.refresh-attempts", value = "3")
@Property(name = "signpost.auth.throttle.trusted-proxies", value = "127.0.0.1,0:0:0:0:0:0:0:1")
class SignInThrottleTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestUsers users;

    @Test
    void guessingOneAccountsPasswordIsStoppedWith429AndTheOwnerWaitsItOut() {
        String username = users.create(Role.LINK_WORKER);
        String attacker = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong password " + i, attacker).code()).isEqualTo(401);
        }

        HttpResponse<?> refused = login(username, "wrong password 6", attacker);
        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/problem+json"));
        assertThat(Long.parseLong(refused.getHeaders().get("Retry-After"))).isBetween(1L, 15 * 60L);
        // from anywhere, even with the right password, until the account's attempts refill
        assertThat(login(username, TestUsers.PASSWORD, newAddress()).code()).isEqualTo(429);
        // other accounts are not affected
        assertThat(login(users.create(Role.LINK_WORKER), TestUsers.PASSWORD, attacker).code()).isEqualTo(200);
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsStopped() {
        String attacker = newAddress();
        for (int i = 0; i < 12; i++) {
            assertThat(login("nobody-" + UUID.randomUUID() + "@test.signpost", "guess", attacker).code()).isEqualTo(401);
        }

        assertThat(login("nobody-" + UUID.randomUUID() + "@test.signpost", "guess", attacker).code()).isEqualTo(429);
        // a real user elsewhere still signs in
        assertThat(login(users.create(Role.RESIDENT), TestUsers.PASSWORD, newAddress()).code()).isEqualTo(200);
    }

    @Test
    void successfulSignInsDoNotCountAgainstTheLimits() {
        String username = users.create(Role.COORDINATOR);
        String office = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(login(username, TestUsers.PASSWORD, office).code()).isEqualTo(200);
        }
    }

    @Test
    void refreshesAreThrottledPerAddress() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(send(HttpRequest.POST("/token/refresh", Map.of("refresh_token", "made-up-" + i)), address).code()).isEqualTo(401);
        }

        HttpResponse<?> refused = send(HttpRequest.POST("/token/refresh", Map.of("refresh_token", "made-up")), address);
        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getHeaders().get("Retry-After")).isNotBlank();
    }

    private HttpResponse<?> login(String username, String password, String address) {
        return send(HttpRequest.POST("/login", Map.of("username", username, "password", password)), address);
    }

    private HttpResponse<?> send(io.micronaut.http.MutableHttpRequest<?> request, String address) {
        try {
            return http.toBlocking().exchange(request.header("X-Forwarded-For", address), String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private static String newAddress() {
        UUID random = UUID.randomUUID();
        return "10." + Math.floorMod(random.getMostSignificantBits(), 250) + "." + Math.floorMod(random.getLeastSignificantBits(), 250)
                + "." + (1 + Math.floorMod(random.hashCode(), 250));
    }
}
